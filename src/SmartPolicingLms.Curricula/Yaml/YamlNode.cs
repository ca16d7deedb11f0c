namespace SmartPolicingLms.Curricula.Yaml;

/// <summary>A node of front matter with the 1-based line and column (within the file) where it starts.</summary>
internal abstract record YamlNode(int Line, int Column);

internal sealed record YamlScalar(string Value, bool Quoted, int Line, int Column) : YamlNode(Line, Column);

internal sealed record YamlSequence(IReadOnlyList<YamlNode> Items, int Line, int Column) : YamlNode(Line, Column);

internal sealed record YamlMapping(IReadOnlyList<(YamlScalar Key, YamlNode Value)> Entries, int Line, int Column)
    : YamlNode(Line, Column)
{
    public YamlNode? this[string key] => Entries.FirstOrDefault(e => e.Key.Value == key).Value;
}
