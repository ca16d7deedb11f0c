using System.IO.Compression;
using System.Net;
using System.Text;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Web.Features.Exports;
using SmartPolicingLms.Web.Tests.Completion;
using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.Exports;

// The dataset evaluators get: answers before and after, under pseudonyms, with nothing that names a recruit, and
// without cohorts so small their answers could point to a person.
public abstract class DatasetTests(LmsFactory factory) : LmsTest(factory)
{
    [SkippableFact]
    public async Task The_dataset_holds_answers_under_unique_pseudonyms_and_nothing_that_identifies_a_recruit()
    {
        var (large, recruits) = await CohortAsync(6, firstItemRightAfter: true);
        var officer = await People.CreateAsync(Roles.ProgramOfficer, large.InstitutionId);
        var visitor = await large.SignedInAsync(officer);
        var names = await Factory.WithDatabaseAsync(db => db.Users.Where(u => recruits.Contains(u.Id))
            .Select(u => new { u.DisplayName, u.ServiceNumber, u.Email }).ToListAsync());

        var (rows, dictionary, bytes) = await DatasetAsync(visitor, $"?cohort={large.CohortId}");

        Assert.Equal(DatasetFile.Columns.Select(c => c.Name), rows[0].Keys);
        Assert.All(DatasetFile.Columns, c => Assert.Contains($"`{c.Name}`", dictionary));
        Assert.DoesNotContain(rows[0].Keys, k => k.Contains("name") || k.Contains("service") || k.Contains("email") || k.Contains("birth"));
        foreach (var name in names)
        {
            Assert.DoesNotContain(name.DisplayName, bytes);
            Assert.DoesNotContain(name.ServiceNumber!, bytes);
            Assert.DoesNotContain(name.Email!, bytes);
        }
        var pseudonyms = rows.Select(r => r["recruit"]).Distinct().ToList();
        Assert.Equal(6, pseudonyms.Count);
        Assert.Single(rows.GroupBy(r => r["recruit"]).Select(g => g.Count()).Distinct());
        var firstItem = rows.Where(r => r["item_number"] == "1").ToList();
        Assert.Equal(6, firstItem.Count);
        Assert.All(firstItem, r => Assert.Equal(("knowledge", "0", "1"), (r["item_type"], r["pre_correct"], r["post_correct"])));
        Assert.Contains(rows, r => r["item_type"] == "attitude" && r["pre_correct"] == "" && r["pre_response"] == "");
        Assert.All(rows, r => Assert.Equal(("1", "40", "90"), (r["cohort"], r["pre_score_percent"], r["post_score_percent"])));

        var (again, _, _) = await DatasetAsync(visitor, $"?cohort={large.CohortId}");
        Assert.Empty(again.Select(r => r["recruit"]).Intersect(pseudonyms));
    }

    [SkippableFact]
    public async Task A_cohort_where_fewer_than_five_took_both_tests_is_left_out_and_counted_and_the_export_is_audited()
    {
        var (large, _) = await CohortAsync(5, firstItemRightAfter: false);
        await CohortAsync(4, firstItemRightAfter: false, institutionId: large.InstitutionId);
        var officer = await People.CreateAsync(Roles.ProgramOfficer, large.InstitutionId);
        var visitor = await large.SignedInAsync(officer);

        var (rows, dictionary, _) = await DatasetAsync(visitor, $"?institution={large.InstitutionId}");

        Assert.Equal(5, rows.Select(r => r["recruit"]).Distinct().Count());
        Assert.Contains("**Left out:** 1 cohort of the chosen scope", dictionary.ReplaceLineEndings(" "));
        var entry = await Factory.WithDatabaseAsync(db => db.AuditEntries.AsNoTracking()
            .SingleAsync(e => e.UserId == officer.Id && e.Action == ServeExports.DatasetAction));
        Assert.Contains($"\"InstitutionId\":{large.InstitutionId}", entry.After);
        Assert.Contains("\"CohortsLeftOut\":1", entry.After);
    }

    [SkippableFact]
    public async Task A_program_officer_cannot_take_the_dataset_of_an_institution_they_do_not_follow()
    {
        var (cohort, _) = await CohortAsync(5, firstItemRightAfter: false);
        var officer = await People.CreateAsync(Roles.ProgramOfficer, await People.CreateInstitutionAsync());
        var visitor = await cohort.SignedInAsync(officer);

        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/{ReportLinks.Dataset}?cohort={cohort.CohortId}")).StatusCode);
    }

    // A cohort whose recruits all took both tests (40% and 90%), each with a service number; optionally every recruit
    // got the first question wrong before and right after.
    async Task<(CompletionWorld World, IReadOnlyList<string> RecruitIds)> CohortAsync(int recruits, bool firstItemRightAfter, int? institutionId = null)
    {
        var world = await CompletionWorld.CreateAsync(Factory, institutionId);
        var ids = new List<string>();
        for (var i = 0; i < recruits; i++)
        {
            var (person, enrollment) = await world.EnrolAsync();
            await ExportScene.RenameAsync(Factory, enrollment, $"Датасет Курсант {Guid.NewGuid():N}"[..24], $"SN-{Guid.NewGuid():N}"[..12]);
            await world.ResultsAsync(enrollment, pre: 40m, post: 90m);
            ids.Add(person.Id);
            if (firstItemRightAfter)
                await Factory.WithDatabaseAsync(async db =>
                {
                    var question = await db.CourseQuestions.Where(q => db.Cohorts.Any(c => c.Id == world.CohortId && c.CourseVersionId == q.CourseVersionId))
                        .OrderBy(q => q.Position).Select(q => q.Id).FirstAsync();
                    foreach (var attempt in await db.TestAttempts.Where(a => a.EnrollmentId == enrollment).ToListAsync())
                    {
                        var answer = TestAnswer.Create(attempt.Id, question);
                        answer.Set("1", null, null, attempt.Kind == TestKind.Post ? 1m : 0m, DateTime.UtcNow);
                        db.TestAnswers.Add(answer);
                    }
                    return await db.SaveChangesAsync();
                });
        }
        return (world, ids);
    }

    async Task<(List<Dictionary<string, string>> Rows, string Dictionary, string Everything)> DatasetAsync(Visitor visitor, string query)
    {
        var file = await RegisterTests.FileAsync(visitor, ReportLinks.Dataset + query, Factory.Logs);
        using var zip = new ZipArchive(new MemoryStream(file));
        Assert.Equal(["data-dictionary.md", "results.csv"], zip.Entries.Select(e => e.FullName).Order());
        string Read(string name)
        {
            using var reader = new StreamReader(zip.GetEntry(name)!.Open(), Encoding.UTF8);
            return reader.ReadToEnd();
        }
        var results = Read("results.csv");
        var dictionary = Read("data-dictionary.md");
        using var csv = CsvReader.FromText(results.TrimStart('\uFEFF'), CsvReaderOptions.Default with { HasHeader = false });
        Assert.True(csv.Read());
        var headers = Enumerable.Range(0, csv.FieldCount).Select(csv.GetString).ToList();
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read())
            rows.Add(headers.Select((h, i) => (h, csv.GetString(i))).ToDictionary(c => c.h, c => c.Item2));
        return (rows, dictionary, results + dictionary + Encoding.Latin1.GetString(file));
    }

    public sealed class OnSqlite(SqliteLmsFactory factory) : DatasetTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : DatasetTests(factory), IClassFixture<PostgresLmsFactory>;
}
