using SmartPolicingLms.Curricula.Diagnostics;
using SmartPolicingLms.Curricula.Gift;
using SmartPolicingLms.Curricula.Model;
using SmartPolicingLms.Curricula.Rendering;

namespace SmartPolicingLms.Curricula.Tests.Gift;

/// <summary>Reads GIFT text as questions/x.gift of a course whose objectives are given.</summary>
internal sealed class GiftTestFile
{
    public const string Path = "questions/x.gift";

    GiftTestFile(IReadOnlyList<Question> questions, DiagnosticBag diagnostics)
    {
        Questions = questions;
        Diagnostics = diagnostics.Items;
    }

    public IReadOnlyList<Question> Questions { get; }
    public IReadOnlyList<Diagnostic> Diagnostics { get; }
    public Question Single => Assert.Single(Questions);

    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.Severity == Severity.Error);

    /// <summary>The link policy reports into the same bag, so its diagnostics are checked too.</summary>
    public static GiftTestFile Read(string gift, params string[] objectives) => ReadWithFiles(gift, [], objectives);

    /// <summary>As <see cref="Read"/>, in a course that also holds <paramref name="files"/> (links resolve to their path).</summary>
    public static GiftTestFile ReadWithFiles(string gift, IEnumerable<string> files, params string[] objectives)
    {
        var diagnostics = new DiagnosticBag();
        var links = new LinkPolicy(Path, new HashSet<string>(files), p => p, diagnostics);
        var questions = GiftReader.Read(gift, Path, new HashSet<string>(objectives), links, diagnostics);
        return new GiftTestFile(questions, diagnostics);
    }

    /// <summary>Reads one question that names its objective, so only the diagnostics under test remain.</summary>
    public static GiftTestFile ReadQuestion(string question) =>
        Read("// objective: obj\n" + question, "obj");

    public Diagnostic Only(string code) => Assert.Single(Diagnostics, d => d.Code == code);

    public void HasNoDiagnostics() => Assert.Empty(Diagnostics);
}
