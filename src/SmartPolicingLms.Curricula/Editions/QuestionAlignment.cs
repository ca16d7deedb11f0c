using SmartPolicingLms.Curricula.Diagnostics;
using SmartPolicingLms.Curricula.Model;

namespace SmartPolicingLms.Curricula.Editions;

/// <summary>
/// Checks an edition question file against its reference file: the same question ids, and for each question the same
/// kind, objective, form and answer key. Results pool across editions by question id, so a question that scores
/// differently in one edition would make the pooled statistics wrong.
/// </summary>
internal sealed class QuestionAlignment(
    string referencePath, string editionPath, IReadOnlyDictionary<string, string> renamedObjectives, DiagnosticBag diagnostics)
{
    public void Check(IReadOnlyList<Question> theirs, IReadOnlyList<Question> mine, bool referenceComplete, bool editionComplete)
    {
        var byId = new Dictionary<string, Question>(StringComparer.Ordinal);
        foreach (var question in theirs) byId.TryAdd(question.Id, question);
        var translated = new Dictionary<string, Question>(StringComparer.Ordinal);
        var extra = new List<Question>();
        foreach (var question in mine)
        {
            if (!byId.TryGetValue(question.Id, out var original)) extra.Add(question);
            else if (!translated.TryAdd(question.Id, question))
                Error(DiagnosticCodes.EditionQuestionExtra, question.Line,
                    $"the question '{Written(question)}' is already translated at line {translated[question.Id].Line}; each question is translated once");
            else QuestionKeys.Compare(original, question, $"in {referencePath} (line {original.Line})", editionPath, renamedObjectives, diagnostics);
        }
        var missing = byId.Values.Where(q => !translated.ContainsKey(q.Id)).ToList();
        // A question that failed to read is reported already: it is neither missing nor, on the other side, extra.
        if (!editionComplete) missing.Clear();
        if (!referenceComplete) extra.Clear();
        if (missing.Count == extra.Count)
        {
            // Each question under a new id stands for a renamed one: one error where it is, nothing compared.
            foreach (var (gone, renamed) in missing.Zip(extra))
                Error(DiagnosticCodes.EditionQuestionExtra, renamed.Line,
                    $"the question id is '{Written(renamed)}' here where {referencePath} has '{Written(gone)}' (line {gone.Line}); an edition keeps every id of the reference");
            return;
        }
        foreach (var gone in missing)
            Error(DiagnosticCodes.EditionQuestionMissing, 0,
                $"the question '{Written(gone)}' of {referencePath} (line {gone.Line}) is missing here; translate every question, with its id");
        foreach (var added in extra)
            Error(DiagnosticCodes.EditionQuestionExtra, added.Line,
                $"the question '{Written(added)}' is not in {referencePath}; an edition has the reference's questions only");
    }

    static string Written(Question question) => question.Written ?? question.Id;

    void Error(string code, int line, string message) => diagnostics.Error(code, editionPath, line, line > 0 ? 1 : 0, message);
}
