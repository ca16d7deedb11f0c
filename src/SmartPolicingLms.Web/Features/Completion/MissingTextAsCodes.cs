using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;

namespace SmartPolicingLms.Web.Features.Completion;

// The completion records' half of the StoredTextAsCodes migration: records written before codes hold what is missing
// as English lines. This step, run at start-up right after migrating, reads each line by the patterns the rule
// used to write and stores codes and parameters instead; a line no pattern matches is kept as written (an
// AsWritten item, shown as stored). Idempotent: stored codes are a JSON array, old text never starts with '['.
internal sealed partial class MissingTextAsCodes(AppDbContext db, ILogger<MissingTextAsCodes> logger) : IStartupStep
{
    public int Order => -10;

    public async Task RunAsync(CancellationToken ct)
    {
        var old = await db.CompletionRecords.Where(r => !r.Missing.StartsWith("["))
            .Select(r => new { r.EnrollmentId, r.Missing }).ToListAsync(ct);
        foreach (var record in old)
        {
            var items = MissingItem.Store(Read(record.Missing));
            await db.CompletionRecords.Where(r => r.EnrollmentId == record.EnrollmentId)
                .ExecuteUpdateAsync(u => u.SetProperty(r => r.Missing, items), ct);
        }
        if (old.Count > 0)
            logger.LogInformation("Completion records stored in English converted to codes: {Count}", old.Count);
    }

    // The items an old record's English lines stood for, in order.
    public static IReadOnlyList<MissingItem> Read(string text) =>
        [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(Item)];

    static MissingItem Item(string line)
    {
        if (line == "has not taken the pre-test (an instructor may waive it)")
            return new MissingItem(MissingKind.PreTestNotTaken);
        if (NotPassed().Match(line) is { Success: true } notPassed)
            return new MissingItem(MissingKind.PostTestNotPassed, PassMark: Int(notPassed.Groups[1].Value));
        if (Below().Match(line) is { Success: true } below)
            return new MissingItem(MissingKind.PostTestBelowPassMark, Score: Number(below.Groups[1].Value), PassMark: Int(below.Groups[2].Value));
        if (SelfStudy().Match(line) is { Success: true } selfStudy)
            return new MissingItem(MissingKind.SelfStudyNotRead, Module: Int(selfStudy.Groups[1].Value), Title: selfStudy.Groups[2].Value);
        if (ContactHours().Match(line) is { Success: true } hours && Gaps(hours.Groups[2].Value) is { } gaps)
            return new MissingItem(MissingKind.ContactHours, Hours: Number(hours.Groups[1].Value), Modules: gaps);
        return new MissingItem(MissingKind.AsWritten, Text: line);
    }

    // "module 3 'Title' was missed; module 4 'Other' is still to come": every part must read, or none does.
    static List<ModuleGap>? Gaps(string text)
    {
        var gaps = new List<ModuleGap>();
        var at = 0;
        foreach (Match gap in Gap().Matches(text))
        {
            if (gap.Index != at)
                return null;
            gaps.Add(new ModuleGap(Int(gap.Groups[1].Value), gap.Groups[2].Value, gap.Groups[3].Value switch
            {
                "has no session scheduled yet" => ModuleShortfall.NoSessionScheduled,
                "is still to come" => ModuleShortfall.StillToCome,
                "still has sessions to come" => ModuleShortfall.SessionsToCome,
                "was missed" => ModuleShortfall.Missed,
                _ => ModuleShortfall.PartlyMissed,
            }));
            at = gap.Index + gap.Length;
        }
        return at == text.Length && gaps.Count > 0 ? gaps : null;
    }

    static int Int(string s) => int.Parse(s, CultureInfo.InvariantCulture);
    static decimal Number(string s) => decimal.Parse(s, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^has not passed the post-test yet \(pass mark (\d{1,3})%\)$")]
    private static partial Regex NotPassed();

    [GeneratedRegex(@"^scored (\d{1,3}(?:\.\d)?)% on the post-test; the pass mark is (\d{1,3})%$")]
    private static partial Regex Below();

    [GeneratedRegex(@"^has not marked self-study module (\d{1,4}) '(.*)' as read$", RegexOptions.Singleline)]
    private static partial Regex SelfStudy();

    [GeneratedRegex(@"^needs (\d{1,6}(?:\.\d{1,2})?) more contact hours?: (.*)$", RegexOptions.Singleline)]
    private static partial Regex ContactHours();

    [GeneratedRegex(@"module (\d{1,4}) '(.*?)' (has no session scheduled yet|is still to come|still has sessions to come|was missed|was partly missed)(?:; |$)",
        RegexOptions.Singleline)]
    private static partial Regex Gap();
}
