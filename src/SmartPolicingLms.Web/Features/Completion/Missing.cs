using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SmartPolicingLms.Web.Features.Completion;

// What a recruit still misses, as codes with their numbers and names: the completion rule decides them, the
// completion record stores them (as JSON), and MissingWords words them in the reader's language when shown.
internal enum MissingKind
{
    // Hours: how many more contact hours are needed; Modules: the modules short of their hours, and why.
    ContactHours,
    // Module, Title: a self-study module not yet marked as read.
    SelfStudyNotRead,
    PreTestNotTaken,
    // PassMark: the post-test has no submitted attempt.
    PostTestNotPassed,
    // Score, PassMark: the best post-test attempt is below the pass mark.
    PostTestBelowPassMark,
    // Text: a line of an old record that the migration (StoredTextAsCodes) could not read, shown as stored.
    AsWritten,
}

// Why a contact module has not earned its hours yet, in terms that never blame a recruit for a session still to come.
internal enum ModuleShortfall { NoSessionScheduled, StillToCome, SessionsToCome, Missed, PartlyMissed }

internal sealed record ModuleGap(int Number, string Title, ModuleShortfall Shortfall);

internal sealed record MissingItem(
    MissingKind Kind,
    decimal? Hours = null,
    IReadOnlyList<ModuleGap>? Modules = null,
    int? Module = null,
    string? Title = null,
    decimal? Score = null,
    int? PassMark = null,
    string? Text = null)
{
    static readonly JsonSerializerOptions Json = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Store(IReadOnlyList<MissingItem> items) => JsonSerializer.Serialize(items, Json);

    public static IReadOnlyList<MissingItem> Read(string? stored) =>
        string.IsNullOrWhiteSpace(stored) ? [] : JsonSerializer.Deserialize<List<MissingItem>>(stored, Json) ?? [];
}

// The one place the words of what is missing are chosen. Lines read after "Still missing:" (lower case, no subject).
internal static class MissingWords
{
    static readonly IStringLocalizer T = Localizers.For<CompletionStrings>();

    public static IReadOnlyList<string> Lines(IEnumerable<MissingItem> items) => [.. items.Select(Line)];

    public static string Line(MissingItem item) => item.Kind switch
    {
        MissingKind.ContactHours => T.Plural(Short(item.Hours ?? 0), "needs {0} more contact hour|needs {0} more contact hours")
            + ": " + string.Join("; ", (item.Modules ?? []).Select(Gap)),
        MissingKind.SelfStudyNotRead => T["has not marked self-study module {0} '{1}' as read", item.Module ?? 0, item.Title ?? ""],
        MissingKind.PreTestNotTaken => T["has not taken the pre-test (an instructor may waive it)"],
        MissingKind.PostTestNotPassed => T["has not passed the post-test yet (pass mark {0}%)", item.PassMark ?? 0],
        MissingKind.PostTestBelowPassMark => T["scored {0}% on the post-test; the pass mark is {1}%",
            (item.Score ?? 0).ToString("0.#", CultureInfo.CurrentCulture), item.PassMark ?? 0],
        _ => item.Text ?? "",
    };

    static string Gap(ModuleGap gap) => gap.Shortfall switch
    {
        ModuleShortfall.NoSessionScheduled => T["module {0} '{1}' has no session scheduled yet", gap.Number, gap.Title],
        ModuleShortfall.StillToCome => T["module {0} '{1}' is still to come", gap.Number, gap.Title],
        ModuleShortfall.SessionsToCome => T["module {0} '{1}' still has sessions to come", gap.Number, gap.Title],
        ModuleShortfall.Missed => T["module {0} '{1}' was missed", gap.Number, gap.Title],
        _ => T["module {0} '{1}' was partly missed", gap.Number, gap.Title],
    };

    // 2.40 reads "2.4" (and "2,4" in Russian), 1.00 reads "1": no trailing zeros, at most two decimals.
    static decimal Short(decimal hours) => Math.Round(hours, 2) / 1.000000000000000000000000000000000m;
}
