using System.Text.RegularExpressions;
using Markdig;
using Markdig.Syntax;

namespace SmartPolicingLms.Curricula.Tests.Support;

/// <summary>
/// A spec in the Markdig manner: each level-2 heading is a case; ```file path``` blocks replace
/// or add files of the valid test course, ```delete``` blocks remove files, and an ```expect```
/// block lists every diagnostic the loader must report, one a line, in the diagnostic's own
/// one-line form: <c>path(line,col): severity CODE: part of the message</c>. An ```options``` block
/// turns on loader options by name (<c>item-check</c>).
/// </summary>
internal sealed record SpecCase(string Spec, string Title, IReadOnlyDictionary<string, string> Files,
    IReadOnlyList<string> Deleted, IReadOnlyList<ExpectedDiagnostic> Expected, IReadOnlyList<string>? Options = null)
{
    public CourseLoadOptions LoadOptions => new() { CheckItemWriting = Options?.Contains("item-check") == true };

    public override string ToString() => $"{Spec}: {Title}";

    public static IEnumerable<SpecCase> Read(string specFile)
    {
        var document = Markdown.Parse(File.ReadAllText(specFile));
        var name = Path.GetFileNameWithoutExtension(specFile);
        SpecCase? current = null;
        foreach (var block in document)
        {
            if (block is HeadingBlock { Level: 2 } heading)
            {
                if (current is not null) yield return current;
                current = new SpecCase(name, heading.Inline?.FirstChild?.ToString() ?? "", new Dictionary<string, string>(), [], []);
                continue;
            }
            if (current is null || block is not FencedCodeBlock code) continue;
            var text = code.Lines.Count == 0 ? "" : code.Lines.ToString();
            var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            switch (code.Info)
            {
                case "file": ((Dictionary<string, string>)current.Files)[code.Arguments!.Trim()] = text + "\n"; break;
                case "delete": current = current with { Deleted = [.. current.Deleted, .. lines] }; break;
                case "options": current = current with { Options = [.. current.Options ?? [], .. lines] }; break;
                case "expect": current = current with { Expected = [.. current.Expected, .. lines.Select(ExpectedDiagnostic.Parse)] }; break;
            }
        }
        if (current is not null) yield return current;
    }
}

/// <summary>
/// One line of an ```expect``` block. <see cref="Site"/> is <c>path(line,col): severity CODE</c> and
/// must equal the reported diagnostic's; <see cref="Fragment"/>, the text after the code's
/// <c>": "</c>, must occur in its message. A line with no fragment still parses, so older specs
/// read, but <see cref="SpecTests"/> refuses it: without one a wrong message would pass.
/// </summary>
internal sealed partial record ExpectedDiagnostic(string Site, string? Fragment)
{
    public bool IsError => Site.Contains(": error ", StringComparison.Ordinal);

    public bool Matches(ReportedDiagnostic reported) =>
        reported.Site == Site && Fragment is not null && reported.Message.Contains(Fragment, StringComparison.Ordinal);

    public static ExpectedDiagnostic Parse(string line)
    {
        var match = Shape().Match(line);
        return match.Success
            ? new ExpectedDiagnostic(match.Groups["site"].Value, match.Groups["fragment"].Success ? match.Groups["fragment"].Value : null)
            : new ExpectedDiagnostic(line, null);
    }

    public override string ToString() => Fragment is null ? Site : $"{Site}: {Fragment}";

    [GeneratedRegex(@"^(?<site>.*?: (?:error|warning) CUR\d{4})(?:: (?<fragment>.*\S))?$")]
    private static partial Regex Shape();
}
