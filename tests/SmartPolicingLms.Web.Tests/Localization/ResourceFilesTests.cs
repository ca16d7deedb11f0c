using System.Text.RegularExpressions;
using System.Xml.Linq;
using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.Localization;

// The interface's words live in .resx trios (Name.resx in English, Name.ru.resx, Name.ky.resx) whose keys are the
// English text. These tests read the files and the source, so a string added in English only, a translation that
// lost a placeholder, or a key the code asks for that no file has, fails here rather than showing English (or the
// bare key) to a reader in Bishkek.
public sealed partial class ResourceFilesTests
{
    static readonly string WebSource = Path.Combine(RepositoryPaths.Root, "src", "SmartPolicingLms.Web");
    static readonly string[] Translations = ["ru", "ky"];

    public static TheoryData<string> NeutralFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in NeutralResx())
            data.Add(Path.GetRelativePath(WebSource, file));
        return data;
    }

    [Fact]
    public void The_interface_has_resources_to_translate()
    {
        Assert.Contains(NeutralResx(), f => Path.GetFileName(f) == "SharedStrings.resx");
    }

    [Theory]
    [MemberData(nameof(NeutralFiles))]
    public void Every_key_is_its_English_text_and_is_translated_into_Russian_and_Kyrgyz(string neutral)
    {
        var english = Read(Path.Combine(WebSource, neutral));
        Assert.All(english, e => Assert.True(e.Key == e.Value, $"{neutral}: the key \"{e.Key}\" is not its own English text \"{e.Value}\"."));
        // Resource names are compared without case when the build embeds them: "Name" and "name" cannot both exist.
        var clashes = english.Keys.GroupBy(k => k, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => string.Join(" / ", g));
        Assert.True(!clashes.Any(), $"{neutral}: keys that differ only in case: {string.Join("; ", clashes)}");
        foreach (var language in Translations)
        {
            var path = Path.Combine(WebSource, Path.ChangeExtension(neutral, $".{language}.resx"));
            Assert.True(File.Exists(path), $"{neutral} has no {language} translation ({Path.GetFileName(path)}).");
            var translated = Read(path);
            var missing = english.Keys.Where(k => string.IsNullOrWhiteSpace(translated.GetValueOrDefault(k))).ToList();
            var extra = translated.Keys.Except(english.Keys).ToList();
            Assert.True(missing.Count == 0, $"{Path.GetFileName(path)} lacks: {string.Join(" | ", missing)}");
            Assert.True(extra.Count == 0, $"{Path.GetFileName(path)} has keys English does not: {string.Join(" | ", extra)}");
        }
    }

    [Theory]
    [MemberData(nameof(NeutralFiles))]
    public void Translations_keep_every_placeholder_and_give_the_plural_forms_their_language_needs(string neutral)
    {
        var english = Read(Path.Combine(WebSource, neutral));
        foreach (var language in Translations)
        {
            var translated = Read(Path.Combine(WebSource, Path.ChangeExtension(neutral, $".{language}.resx")));
            foreach (var (key, value) in translated.Where(t => english.ContainsKey(t.Key)))
            {
                var keyForms = key.Split('|');
                var forms = value.Split('|');
                if (keyForms.Length > 1)
                {
                    // Russian: one, few, many, other (1 час, 2 часа, 5 часов, 1,5 часа). Kyrgyz does not inflect
                    // a noun after a numeral: one form, or one and other.
                    int[] allowed = language == "ru" ? [4] : [1, 2];
                    Assert.True(allowed.Contains(forms.Length),
                        $"{language}: \"{key}\" is counted, so it needs {string.Join(" or ", allowed)} forms separated by '|', not {forms.Length}.");
                }
                var expected = Placeholders(key);
                Assert.True(forms.All(f => Placeholders(f).IsSubsetOf(expected)) && Placeholders(value).SetEquals(expected),
                    $"{language}: \"{value}\" does not keep the placeholders {string.Join(", ", expected)} of \"{key}\".");
            }
        }
    }

    [Fact]
    public void Every_text_the_code_asks_a_localizer_for_is_in_that_localizer_s_resources()
    {
        var keysByResource = NeutralResx().ToDictionary(f => Path.GetFileNameWithoutExtension(f), f => Read(f).Keys.ToHashSet());
        var problems = new List<string>();
        foreach (var file in Directory.EnumerateFiles(WebSource, "*.*", SearchOption.AllDirectories)
                     .Where(f => (f.EndsWith(".razor", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal)) && !IsBuildOutput(f)))
        {
            var source = File.ReadAllText(file);
            var resources = LocalizerType().Matches(source).Select(m => m.Groups["type"].Value).Distinct().ToList();
            var relative = Path.GetRelativePath(WebSource, file);
            foreach (Match use in InterpolatedKey().Matches(source))
                problems.Add($"{relative}: an interpolated key ({use.Value}) cannot be translated; use {{0}} and arguments.");
            foreach (Match use in KeyUse().Matches(source))
            {
                var key = Regex.Unescape(use.Groups["key"].Value);
                if (resources.Count == 0)
                    problems.Add($"{relative}: \"{key}\" is asked of a localizer, but the file names no IStringLocalizer<...Strings> or Localizers.For<...Strings>.");
                else if (!resources.Any(r => keysByResource.TryGetValue(r, out var keys) && keys.Contains(key)))
                    problems.Add($"{relative}: \"{key}\" is in none of {string.Join(", ", resources.Select(r => r + ".resx"))}.");
            }
        }
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    static IEnumerable<string> NeutralResx() =>
        Directory.EnumerateFiles(WebSource, "*.resx", SearchOption.AllDirectories)
            .Where(f => !IsBuildOutput(f) && !Path.GetFileNameWithoutExtension(f).Contains('.'))
            .Order(StringComparer.Ordinal);

    static bool IsBuildOutput(string path)
    {
        var relative = Path.GetRelativePath(WebSource, path);
        return relative.StartsWith("bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            || relative.StartsWith("obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }

    static Dictionary<string, string> Read(string path) =>
        XDocument.Load(path).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "", StringComparer.Ordinal);

    static HashSet<string> Placeholders(string text) =>
        [.. Placeholder().Matches(text).Select(m => m.Groups[1].Value)];

    [GeneratedRegex(@"\{(\d+)(?:[,:][^}]*)?\}")]
    private static partial Regex Placeholder();

    // IStringLocalizer<CohortsStrings> T, or Localizers.For<SharedStrings>().
    [GeneratedRegex(@"(?:IStringLocalizer<|Localizers\.For<)(?:[\w.]+\.)?(?<type>\w+Strings)>")]
    private static partial Regex LocalizerType();

    // T["Text"], S["Text", arg], t.Plural(n, "Text"), T.Markup("Text", ...): the literal key of a lookup.
    [GeneratedRegex("""\b(?:[TtS]|Shared|Strings)(?:\[|\.Plural\([^,()]+(?:\([^()]*\))?,\s*|\.Markup\()"(?<key>(?:[^"\\]|\\.)*)"\s*[\],)]""")]
    private static partial Regex KeyUse();

    [GeneratedRegex("""\b(?:[TtS]|Shared|Strings)\[\$"[^"]*""")]
    private static partial Regex InterpolatedKey();
}
