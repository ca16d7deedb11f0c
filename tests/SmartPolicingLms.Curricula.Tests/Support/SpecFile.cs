using Markdig;
using Markdig.Syntax;

namespace SmartPolicingLms.Curricula.Tests.Support;

/// <summary>
/// A spec in the Markdig manner: each level-2 heading is a case; ```file path``` blocks replace
/// or add files of the valid test course, ```delete``` blocks remove files, and an ```expect```
/// block lists every diagnostic the loader must report, as <c>path(line,col): severity CODE</c>.
/// </summary>
internal sealed record SpecCase(string Spec, string Title, IReadOnlyDictionary<string, string> Files,
    IReadOnlyList<string> Deleted, IReadOnlyList<string> Expected)
{
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
                case "expect": current = current with { Expected = [.. current.Expected, .. lines] }; break;
            }
        }
        if (current is not null) yield return current;
    }
}
