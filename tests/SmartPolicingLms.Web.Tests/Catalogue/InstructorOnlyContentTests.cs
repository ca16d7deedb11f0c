using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Web.Features.Cohorts;
using SmartPolicingLms.Web.Tests.Authorization;
using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.Catalogue;

// The test course, given facilitator notes in every module, a session plan and a legal claim awaiting review in its
// first module, imported into an installation of its own with the authorization matrix's people and cohort. (The
// shipped courses have notes, plans and claims of their own now; the test course starts with none, so the test knows
// exactly which words must not reach a recruit.)
public abstract partial class InstructorOnlyContentTests(LmsFactory factory) : LmsTest(factory)
{
    readonly string note = $"Facilitator-note-{Guid.NewGuid():N}";
    readonly string planStep = $"Plan-step-{Guid.NewGuid():N}";
    readonly string claim = $"Claim-{Guid.NewGuid():N} carrying condoms is not evidence of sex work.";

    [SkippableFact]
    public async Task No_page_a_recruit_can_open_shows_instructor_only_text_while_instructors_see_it_labelled()
    {
        await using var installation = await InstallationWithNotesAsync();
        var world = await MatrixWorld.For(installation);
        var recruit = world.SignedIn[Roles.Recruit];
        var leaks = new List<string>();
        var read = new List<string>();
        var keys = await ModuleKeysAsync(installation, Course);
        // The recruit's own cohort is on the Ghana course, whose shipped modules have instructor notes and plans of their own.
        var cohortKeys = await ModuleKeysAsync(installation, Scheduling.GhanaCourse);
        // The stored Markdown files hold the notes as written; the course-file route must never hand them out.
        var sources = await installation.WithDatabaseAsync(db => db.CourseVersionFiles
            .Join(db.CourseVersions, f => f.CourseVersionId, v => v.Id, (f, v) => new { v.CourseId, v.ContentHash, f.Path })
            .Where(f => f.CourseId == Course && f.Path.EndsWith(".md"))
            .Select(f => $"/{CourseFileLinks.RoutePrefix}/{f.CourseId}/{f.ContentHash}/{f.Path}").ToListAsync());

        foreach (var url in Pages(world, keys, cohortKeys).Concat(sources))
        {
            using var response = await recruit.GetAsync(url);
            var text = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
            if (response.StatusCode == HttpStatusCode.OK) read.Add(url);
            // The legal-review notice is looked for by its mark, not its words: a course's own text may tell recruits
            // that its statements of law await local review.
            foreach (var secret in new[] { note, planStep, claim, "For instructors", "instructor-only", "data-testid=\"legal-review\"" })
                if (text.Contains(secret, StringComparison.OrdinalIgnoreCase))
                    leaks.Add($"{secret} shown to a recruit at {url}");
        }

        Assert.True(leaks.Count == 0, string.Join("\n", leaks));
        Assert.NotEmpty(sources);
        Assert.All(cohortKeys, key => Assert.Contains(world.Fill(LearningModule, new Dictionary<string, string> { ["ModuleKey"] = key }), read));
        Assert.All(keys, key => Assert.Contains(CourseModule(key), read));
        var asInstructor = await world.SignedIn[Roles.Instructor].OpenAsync(CourseModule(keys[0]));
        var blocks = asInstructor.Document.QuerySelectorAll("article.course-html .instructor-only");
        Assert.Contains(blocks, b => b.TextContent.Contains(note) && b.QuerySelector(".instructor-only-label")!.TextContent == "For instructors");
        Assert.Contains(blocks, b => b.TextContent.Contains(planStep)
            && b.QuerySelector(".instructor-only-label")!.TextContent == "For instructors: session plan");
    }

    [SkippableFact]
    public async Task A_course_with_a_pending_legal_claim_says_so_and_publishing_it_needs_the_tick()
    {
        await using var installation = await InstallationWithNotesAsync();
        var world = await MatrixWorld.For(installation);
        var (instructor, visitor) = (world.People[Roles.Instructor], world.SignedIn[Roles.Instructor]);
        var scheduling = new Scheduling(installation);
        var cohort = await scheduling.DraftedCohortAsync(instructor, Course, Scheduling.MondayAhead(30));
        await scheduling.FillOpenSlotsAsync(instructor, cohort, world.Organisation);

        var create = await visitor.OpenAsync("/cohorts/new");
        var course = await visitor.OpenAsync($"/catalogue/{Course}");
        var version = await visitor.OpenAsync($"/catalogue/{Course}/versions/1");
        var page = await visitor.OpenAsync($"/cohorts/{cohort}");
        var unticked = await visitor.SubmitAndFollowAsync(page, "cohort-state", ("State.Target", nameof(CohortState.Published)));
        var stateAfterUnticked = await StateAsync(installation, cohort);
        await visitor.SubmitAndFollowAsync(await visitor.OpenAsync($"/cohorts/{cohort}"), "cohort-state",
            ("State.Target", nameof(CohortState.Published)), ("State.ConfirmLegalReview", "true"));

        Assert.EndsWith("(needs local legal review)", create.Document.QuerySelector($"#course option[value='{Course}']")!.TextContent);
        Assert.Equal("Needs local legal review", course.Document.QuerySelector("[data-testid=legal-review]")!.TextContent);
        Assert.Contains("Needs local legal review", version.Document.QuerySelector("[data-testid=legal-review]")!.TextContent);
        Assert.Contains(claim, version.Document.QuerySelector("[data-testid=legal-review]")!.TextContent);
        Assert.Contains(claim, page.Document.QuerySelector("[data-testid=legal-review]")!.TextContent);
        Assert.NotNull(page.Document.QuerySelector("input[name='State.ConfirmLegalReview'][type=checkbox]"));
        Assert.Contains(ChangeCohortState.LegalReviewUnconfirmed, unticked.Text);
        Assert.Equal(CohortState.Draft, stateAfterUnticked);
        Assert.Equal(CohortState.Published, await StateAsync(installation, cohort));
    }

    static Task<CohortState> StateAsync(LmsFactory installation, int cohort) =>
        installation.WithDatabaseAsync(db => db.Cohorts.Where(c => c.Id == cohort).Select(c => c.State).SingleAsync());

    async Task<LmsFactory> InstallationWithNotesAsync()
    {
        var installation = Factory.NewInstallation(editableCurricula: true);
        var modules = Path.Combine(installation.CurriculaFolder, Course, "modules");
        var files = Directory.GetFiles(modules, "*.md").Order(StringComparer.Ordinal).ToList();
        foreach (var file in files)
            File.AppendAllText(file, $"\n\n::: instructor\nAsk the room first. {note}\n:::\n");
        var first = File.ReadAllText(files[0]);
        var minutes = (int)(decimal.Parse(Hours().Match(first).Groups[1].Value, CultureInfo.InvariantCulture) * 60);
        first = first.Insert(first.IndexOf('\n') + 1, $"legal-claims:\n  - claim: \"{claim}\"\n    review: pending\n");
        File.WriteAllText(files[0], first + $"\n::: plan\n- {minutes - 30} min — {planStep}\n- 15 min break\n- 30 min — Questions\n:::\n");
        installation.Start();
        Assert.Equal(1, await installation.WithDatabaseAsync(db => db.CourseModules.CountAsync(m => m.InstructorHtml!.Contains(planStep))));
        return installation;
    }

    const string Course = CohortBuilder.TestCourse;

    const string LearningModule = "/learn/cohorts/{CohortId:int}/modules/{ModuleKey}";

    static string CourseModule(string key) => $"/catalogue/{Course}/versions/1/modules/{key}";

    static Task<List<string>> ModuleKeysAsync(LmsFactory installation, string course) => installation.WithDatabaseAsync(db => db.CourseModules
        .Where(m => db.CourseVersions.Any(v => v.Id == m.CourseVersionId && v.CourseId == course && v.Number == 1))
        .OrderBy(m => m.Number).Select(m => m.Key).ToListAsync());

    // Every address the app answers to a GET, filled with the world's ids as the community-safety crawl reads them, and
    // every module of the noted course, in the catalogue and in the recruit's cohort (the world fills in one of each).
    static List<string> Pages(MatrixWorld world, IReadOnlyList<string> keys, IReadOnlyList<string> cohortKeys) =>
    [
        .. Endpoints.All(world.Factory)
            .Where(e => !Endpoints.IsStaticAsset(e) && Endpoints.RequestMethod(Endpoints.Methods(e)) == "GET")
            .Select(Endpoints.Pattern).Distinct().Order(StringComparer.Ordinal).Select(p => world.Fill(p)),
        $"/catalogue/{Course}", $"/catalogue/{Course}/versions/1",
        .. keys.Select(CourseModule),
        .. cohortKeys.Select(key => world.Fill(LearningModule, new Dictionary<string, string> { ["ModuleKey"] = key })),
    ];

    [GeneratedRegex(@"^hours:\s*([0-9.]+)", RegexOptions.Multiline)]
    private static partial Regex Hours();

    public sealed class OnSqlite(SqliteLmsFactory factory) : InstructorOnlyContentTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : InstructorOnlyContentTests(factory), IClassFixture<PostgresLmsFactory>;
}
