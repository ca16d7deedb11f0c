using Markdig.Syntax;
using SmartPolicingLms.Curricula.Diagnostics;
using SmartPolicingLms.Curricula.Model;

namespace SmartPolicingLms.Curricula.Parsing;

/// <summary>The <c>Key: value</c> lines under a question's heading.</summary>
internal sealed record QuestionMetadata(string? Objective, QuestionKind? Kind, bool Shuffle, AttitudeDirection Favourable,
    QuestionForm Form)
{
    static readonly string[] Keys = ["Objective", "Kind", "Shuffle", "Favourable", "Form"];

    /// <summary>The words an author writes after <c>Form:</c> (and after <c>// form:</c> in GIFT).</summary>
    public static readonly IReadOnlyDictionary<string, QuestionForm> Forms = new Dictionary<string, QuestionForm>
    {
        ["both"] = QuestionForm.Both,
        ["pre"] = QuestionForm.Pre,
        ["post"] = QuestionForm.Post,
    };

    static readonly Dictionary<string, QuestionKind> Kinds = new()
    {
        ["single"] = QuestionKind.SingleChoice,
        ["multiple"] = QuestionKind.MultipleChoice,
        ["true-false"] = QuestionKind.TrueFalse,
        ["short-answer"] = QuestionKind.ShortAnswer,
        ["attitude"] = QuestionKind.Attitude,
    };

    /// <summary>The paragraph's source lines (Markdig releases its own copy once inlines are parsed).</summary>
    public static string[] LinesOf(ParagraphBlock paragraph, string source) =>
        source.Substring(paragraph.Span.Start, Math.Min(paragraph.Span.Length, source.Length - paragraph.Span.Start)).Split('\n');

    /// <summary>True when every line of the paragraph looks like <c>Key: value</c>.</summary>
    public static bool Looks(ParagraphBlock paragraph, string source) =>
        LinesOf(paragraph, source).All(l => KeyOf(l) is not null);

    public static QuestionMetadata Read(ParagraphBlock paragraph, string source, string file, DiagnosticBag diagnostics)
    {
        string? objective = null;
        QuestionKind? kind = null;
        var shuffle = true;
        var favourable = AttitudeDirection.Agree;
        var form = QuestionForm.Both;
        var lines = LinesOf(paragraph, source);
        for (var i = 0; i < lines.Length; i++)
        {
            var text = lines[i];
            var key = KeyOf(text)!;
            var value = text[(text.IndexOf(':') + 1)..].Trim();
            var (lineNumber, column) = (paragraph.Line + 1 + i, text.IndexOf(':') + 3);
            void Invalid(string choices) => diagnostics.Error(DiagnosticCodes.InvalidValue, file, lineNumber, column,
                $"'{key}' is '{value}', but it must be one of: {choices}");
            switch (key)
            {
                case "Objective": objective = value; break;
                case "Kind":
                    if (Kinds.TryGetValue(value, out var k)) kind = k; else Invalid(string.Join(", ", Kinds.Keys));
                    break;
                case "Shuffle":
                    if (value is "yes" or "no") shuffle = value == "yes"; else Invalid("yes, no");
                    break;
                case "Favourable":
                    if (value is "agree" or "disagree") favourable = value == "agree" ? AttitudeDirection.Agree : AttitudeDirection.Disagree;
                    else Invalid("agree, disagree");
                    break;
                case "Form":
                    if (Forms.TryGetValue(value, out var f)) form = f; else Invalid(string.Join(", ", Forms.Keys));
                    break;
                default:
                    diagnostics.Error(DiagnosticCodes.UnknownKey, file, lineNumber, 1,
                        $"unknown key '{key}'; the keys of a question are: {string.Join(", ", Keys)}");
                    break;
            }
        }
        return new QuestionMetadata(objective, kind, shuffle, favourable, form);
    }

    static string? KeyOf(string line)
    {
        var colon = line.IndexOf(':');
        if (colon <= 0 || colon > 20) return null;
        var key = line[..colon].Trim();
        return key.Length > 0 && char.IsAsciiLetterUpper(key[0]) && key.All(char.IsAsciiLetter) ? key : null;
    }
}
