using System.Text.Json;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SmartPolicingLms.Web.Data;

// A person who signs an institution's certificates, as printed under the signature line.
internal sealed record Signatory(string Name, string Title)
{
    public const int MaxCount = 3;
    public const int NameMaxLength = 120;
    public const int TitleMaxLength = 120;
}

// One to three signatories kept as one small JSON column: they are always read and written together, a set changes as
// one edit (under the owner's concurrency token), and an issued certificate keeps the set it printed.
internal static class SignatoryColumn
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static PropertyBuilder<IReadOnlyList<Signatory>> AsSignatoriesJson(this PropertyBuilder<IReadOnlyList<Signatory>> property) =>
        property.HasConversion(
                list => JsonSerializer.Serialize(list, Json),
                text => JsonSerializer.Deserialize<List<Signatory>>(text, Json) ?? new List<Signatory>(),
                new ValueComparer<IReadOnlyList<Signatory>>(
                    (a, b) => a!.SequenceEqual(b!),
                    list => list.Aggregate(0, (hash, s) => HashCode.Combine(hash, s)),
                    list => list.ToList()))
            .HasMaxLength(2000);
}
