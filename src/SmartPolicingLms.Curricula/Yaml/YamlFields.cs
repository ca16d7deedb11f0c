using System.Globalization;
using SmartPolicingLms.Curricula.Diagnostics;

namespace SmartPolicingLms.Curricula.Yaml;

/// <summary>
/// Reads typed values out of a front-matter mapping, reporting unknown keys and wrong types
/// where they are. Missing values come back null: the validators say what is required.
/// </summary>
internal sealed class YamlFields(string file, YamlMapping mapping, DiagnosticBag diagnostics)
{
    public YamlMapping Mapping => mapping;

    /// <summary>
    /// Where each key was found, so validators can point at the line. A dotted path (<c>certificate.title</c>) looks
    /// inside a nested mapping; a key that is not there points at the mapping it belongs in.
    /// </summary>
    public (int Line, int Column) Where(string path)
    {
        var (map, key) = Locate(path);
        return map.Entries.FirstOrDefault(e => e.Key.Value == key) is { Key: { } k } ? (k.Line, k.Column) : (map.Line, map.Column);
    }

    /// <summary>True when the key (or dotted path) is written, whatever its value.</summary>
    public bool Has(string path)
    {
        var (map, key) = Locate(path);
        return map.Entries.Any(e => e.Key.Value == key);
    }

    (YamlMapping Map, string Key) Locate(string path)
    {
        var (map, key) = (mapping, path);
        for (var dot = key.IndexOf('.'); dot > 0 && map[key[..dot]] is YamlMapping inner; dot = key.IndexOf('.'))
            (map, key) = (inner, key[(dot + 1)..]);
        return (map, key);
    }

    public void RejectUnknown(params string[] known)
    {
        foreach (var (key, _) in mapping.Entries)
            if (!known.Contains(key.Value))
                diagnostics.Error(DiagnosticCodes.UnknownKey, file, key.Line, key.Column,
                    $"unknown key '{key.Value}'{Suggest(key.Value, known)}; the keys here are: {string.Join(", ", known)}");
    }

    public string? String(string key)
    {
        var node = mapping[key];
        if (node is null) return null;
        if (node is YamlScalar scalar) return scalar.Value.Trim();
        WrongType(key, node, "text");
        return null;
    }

    public decimal? Decimal(string key)
    {
        if (Scalar(key, "a number") is not { } scalar) return null;
        if (decimal.TryParse(scalar.Value, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)) return value;
        WrongType(key, scalar, "a number such as 4 or 1.5");
        return null;
    }

    public int? Int(string key)
    {
        if (Scalar(key, "a whole number") is not { } scalar) return null;
        if (int.TryParse(scalar.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)) return value;
        WrongType(key, scalar, "a whole number");
        return null;
    }

    /// <summary>Reads a word from a fixed set (kebab-case in the file), reporting anything else with the choices.</summary>
    public T? Choice<T>(string key, IReadOnlyDictionary<string, T> choices) where T : struct
    {
        if (Scalar(key, "one word") is not { } scalar) return null;
        if (choices.TryGetValue(scalar.Value.Trim(), out var value)) return value;
        diagnostics.Error(DiagnosticCodes.InvalidValue, file, scalar.Line, scalar.Column,
            $"'{key}' is '{scalar.Value}', but it must be one of: {string.Join(", ", choices.Keys)}");
        return null;
    }

    public YamlFields? Map(string key)
    {
        var node = mapping[key];
        if (node is null) return null;
        if (node is YamlMapping map) return new YamlFields(file, map, diagnostics);
        WrongType(key, node, "indented 'key: value' lines");
        return null;
    }

    public IReadOnlyList<YamlFields> ListOfMaps(string key)
    {
        var node = mapping[key];
        if (node is null) return [];
        if (node is not YamlSequence sequence)
        {
            WrongType(key, node, "a list of '- key: value' items");
            return [];
        }
        var items = new List<YamlFields>();
        foreach (var item in sequence.Items)
        {
            if (item is YamlMapping map) items.Add(new YamlFields(file, map, diagnostics));
            else diagnostics.Error(DiagnosticCodes.WrongType, file, item.Line, item.Column, $"each item of '{key}' must be 'key: value' lines");
        }
        return items;
    }

    YamlScalar? Scalar(string key, string expected)
    {
        var node = mapping[key];
        if (node is null) return null;
        if (node is YamlScalar scalar) return scalar;
        WrongType(key, node, expected);
        return null;
    }

    void WrongType(string key, YamlNode node, string expected)
    {
        var found = node switch { YamlSequence => "a list", YamlMapping => "a mapping", YamlScalar s => $"'{s.Value}'", _ => "something else" };
        diagnostics.Error(DiagnosticCodes.WrongType, file, node.Line, node.Column, $"'{key}' must be {expected}, but it is {found}");
    }

    static string Suggest(string key, string[] known)
    {
        var close = known.FirstOrDefault(k => Distance(k, key) <= 2);
        return close is null ? "" : $" (did you mean '{close}'?)";
    }

    static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
            for (var j = 1; j <= b.Length; j++)
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
        return d[a.Length, b.Length];
    }
}
