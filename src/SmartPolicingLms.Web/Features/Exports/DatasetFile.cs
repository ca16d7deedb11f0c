using System.Globalization;
using System.IO.Compression;

namespace SmartPolicingLms.Web.Features.Exports;

// The dataset as a ZIP of results.csv (one row per recruit and test item, written as every CSV download is) and
// data-dictionary.md, which describes every column and says how many cohorts were left out and why.
internal static class DatasetFile
{
    public static readonly IReadOnlyList<(string Name, string Meaning)> Columns =
    [
        ("recruit", "A pseudonym drawn at random for this export only (R- and 8 letters and digits). The same recruit has another pseudonym in another export, and it cannot be traced to a name, service number or account."),
        ("cohort", "A number given to each cohort in this export only (1, 2, 3 …), in no meaningful order; it is not the LMS's cohort number."),
        ("course_id", "The course's identifier, as in the course catalogue."),
        ("course_version", "The label of the course version the cohort took."),
        ("attendance_hours", "Contact hours the recruit attended, as counted for completion (late arrivals at the course's late credit)."),
        ("pre_score_percent", "The recruit's pre-test score, 0 to 100 (their first submitted pre-test)."),
        ("post_score_percent", "The recruit's post-test score, 0 to 100 (their best submitted post-test, as the results page counts it)."),
        ("item_number", "The item's position in the test (1, 2, 3 …)."),
        ("item_id", "The item's identifier in the course, stable across course versions, so answers can be pooled by item."),
        ("item_type", "knowledge (a scored question) or attitude (a five-point agreement item, never scored)."),
        ("pre_correct", "Knowledge items: 1 if fully right in the pre-test, 0 otherwise (partly right or unanswered). Empty for attitude items."),
        ("post_correct", "Knowledge items: 1 if fully right in the post-test, 0 otherwise. Empty for attitude items."),
        ("pre_response", "Attitude items: the answer in the pre-test, 1 (strongly disagree) to 5 (strongly agree); empty if unanswered or a knowledge item."),
        ("post_response", "Attitude items: the answer in the post-test, 1 to 5; empty if unanswered or a knowledge item."),
    ];

    public static async Task WriteAsync(Stream output, IAsyncEnumerable<ResultsDataset.Row> rows, ResultsDataset.Plan plan, DateOnly exportedOn,
        CancellationToken ct)
    {
        // A compressed entry ends with a last block written synchronously when it is closed: held, then sent.
        await using var body = new HeldSyncWrites(output);
        await WriteZipAsync(body, rows, plan, exportedOn, ct);
        await body.FlushHeldAsync(ct);
    }

    static async Task WriteZipAsync(Stream output, IAsyncEnumerable<ResultsDataset.Row> rows, ResultsDataset.Plan plan, DateOnly exportedOn,
        CancellationToken ct)
    {
        await using var zip = await ZipArchive.CreateAsync(output, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: null, ct);
        await using (var results = await zip.CreateEntry("results.csv").OpenAsync(ct))
        {
            await using var csv = CsvDownload.Writer(results);
            await csv.WriteRecordAsync([.. Columns.Select(c => c.Name)], ct);
            await foreach (var row in rows.WithCancellation(ct))
                await csv.WriteRecordAsync(Cells(row), ct);
        }
        await using var dictionary = await zip.CreateEntry("data-dictionary.md").OpenAsync(ct);
        await using var text = new StreamWriter(dictionary);
        await text.WriteAsync(Dictionary(plan, exportedOn));
    }

    static string[] Cells(ResultsDataset.Row row) =>
    [
        row.Recruit, Number(row.Cohort), row.CourseId, row.CourseVersion, Number(row.AttendanceHours), Number(row.PreScore),
        Number(row.PostScore), Number(row.ItemNumber), row.ItemId, row.Scored ? "knowledge" : "attitude", Number(row.PreCorrect),
        Number(row.PostCorrect), Number(row.PreResponse), Number(row.PostResponse),
    ];

    static string Number(decimal? value) => value is { } v ? v.ToString("0.##", CultureInfo.InvariantCulture) : "";

    static string Number(int? value) => value is { } v ? v.ToString(CultureInfo.InvariantCulture) : "";

    static string Dictionary(ResultsDataset.Plan plan, DateOnly exportedOn) => $"""
        # Anonymised results dataset

        Exported from the Smart Policing LMS on {exportedOn:yyyy-MM-dd}. `results.csv` (UTF-8, comma-separated, first line
        the column names) has one row per recruit and test item: {plan.Recruits} recruits in {plan.Included.Count} cohorts.
        Only recruits who submitted both the pre-test and the post-test are included. The file holds no name, service
        number, email, date of birth or free-text answer.

        **Left out:** {plan.LeftOut} {(plan.LeftOut == 1 ? "cohort" : "cohorts")} of the chosen scope, because fewer than
        {ResultsDataset.MinimumPairs} of its recruits took both tests (too few to keep answers from pointing to a person).

        ## Columns

        | column | meaning |
        |---|---|
        {string.Join("\n", Columns.Select(c => $"| `{c.Name}` | {c.Meaning} |"))}

        """;
}
