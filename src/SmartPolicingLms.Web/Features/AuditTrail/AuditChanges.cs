using System.Globalization;
using System.Text.Json;
using System.Text;

namespace SmartPolicingLms.Web.Features.AuditTrail;

// Turns an entry's before and after documents into rows a person can read, in their language (AuditFieldWords): one per field, with its old and new
// value and whether it changed. A document that is not a JSON object shows as a single row. Ids of accounts,
// modules and course versions read as their names.
internal static class AuditChanges
{
    internal sealed record Row(string Field, string? Before, string? After)
    {
        public bool Changed => Before != After;
    }

    public static IReadOnlyList<Row> Compare(string? before, string? after, AuditNames? names = null)
    {
        names ??= AuditNames.None;
        var old = Fields(before, names);
        var @new = Fields(after, names);
        var keys = old.Keys.Concat(@new.Keys.Where(k => !old.ContainsKey(k))).ToList();
        return [.. keys.Select(key => new Row(AuditFieldWords.Field(key), old.GetValueOrDefault(key), @new.GetValueOrDefault(key)))];
    }

    static Dictionary<string, string> Fields(string? json, AuditNames names)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(json))
            return fields;
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                fields[""] = Text(document.RootElement, "", names);
                return fields;
            }
            foreach (var property in document.RootElement.EnumerateObject())
                fields[property.Name] = Text(property.Value, property.Name, names);
        }
        catch (JsonException)
        {
            fields[""] = json;
        }
        return fields;
    }

    static string Text(JsonElement value, string field, AuditNames names) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() is { } s && names.Users.TryGetValue(s, out var user) ? user : AuditFieldWords.Value(field, value.GetString()!),
        JsonValueKind.True => AuditFieldWords.Yes,
        JsonValueKind.False => AuditFieldWords.No,
        JsonValueKind.Null or JsonValueKind.Undefined => AuditFieldWords.None,
        JsonValueKind.Number when field == "CourseModuleId" && value.TryGetInt32(out var id) && names.Modules.TryGetValue(id, out var module) => module,
        JsonValueKind.Number when field == "CourseVersionId" && value.TryGetInt32(out var id) && names.Versions.TryGetValue(id, out var version) => version,
        JsonValueKind.Array => value.GetArrayLength() == 0 ? AuditFieldWords.None : string.Join("; ", value.EnumerateArray().Select(v => Text(v, field, names))),
        JsonValueKind.Object => string.Join(", ", value.EnumerateObject().Select(p => $"{AuditFieldWords.Field(p.Name)}: {Text(p.Value, p.Name, names)}")),
        _ => value.GetRawText(),
    };

    // "ContactOnRecord" reads "Contact on record", "LeadInstructorIds" reads "Lead instructors".
    public static string Label(string name)
    {
        if (name.EndsWith("Ids", StringComparison.Ordinal) && name.Length > 3)
            name = name[..^3] + "s";
        else if (name.EndsWith("Id", StringComparison.Ordinal) && name.Length > 2)
            name = name[..^2];
        if (name.Length == 0)
            return "";
        var label = new StringBuilder().Append(char.ToUpper(name[0], CultureInfo.InvariantCulture));
        for (var i = 1; i < name.Length; i++)
        {
            var c = name[i];
            var startsWord = char.IsUpper(c) && (!char.IsUpper(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1])));
            label.Append(startsWord ? " " + char.ToLower(c, CultureInfo.InvariantCulture) : c);
        }
        return label.ToString();
    }
}
