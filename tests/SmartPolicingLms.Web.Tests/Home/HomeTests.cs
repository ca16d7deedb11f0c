using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.Home;

// The home page says what each person has to do next, from what is stored (issue 18 part 1).
public abstract class HomeTests(LmsFactory factory) : LmsTest(factory)
{
    [SkippableFact]
    public async Task An_instructor_sees_today_s_sessions_the_roll_calls_due_and_the_cohorts_they_teach()
    {
        var institution = await People.CreateInstitutionAsync();
        var instructor = await People.CreateAsync(Roles.Instructor, institution);
        var now = Factory.Now;
        // Both sessions run across "now", so they are today's whatever the hour; the second one's roll call is taken.
        var due = await new CohortBuilder(Factory).AtInstitution(institution).LedBy(instructor)
            .Session(1, now.AddHours(-1), TimeSpan.FromHours(2), "Room A").BuildAsync();
        var taken = await new CohortBuilder(Factory).AtInstitution(institution).LedBy(instructor)
            .Session(1, now.AddMinutes(-30), TimeSpan.FromHours(1), "Room B").BuildAsync();
        await Factory.WithDatabaseAsync(async db =>
        {
            db.RollCalls.Add(RollCall.Start(taken.Sessions[0], instructor.Id, now));
            return await db.SaveChangesAsync();
        });
        var tomorrow = await new CohortBuilder(Factory).AtInstitution(institution).LedBy(instructor)
            .Session(1, now.Date.AddDays(1).AddHours(10), TimeSpan.FromHours(2), "Room C").BuildAsync();
        var draft = await new CohortBuilder(Factory).AtInstitution(institution).LedBy(instructor).InState(CohortState.Draft)
            .Session(1, now.AddHours(-1), TimeSpan.FromHours(2), "Room D").BuildAsync();
        var colleagues = await new CohortBuilder(Factory).AtInstitution(institution)
            .Session(1, now.AddHours(-1), TimeSpan.FromHours(2), "Room E").BuildAsync();
        var visitor = NewVisitor();
        await visitor.SignInAsync(instructor);

        var home = await visitor.OpenAsync("/");

        Assert.Equal([due.Sessions[0]], Ids(home, "roll-call-due", "data-session-id"));
        Assert.Contains(AttendanceLinks.RollCall(due.CohortId, due.Sessions[0]), home.Links);
        Assert.Equal(new[] { due.Sessions[0], taken.Sessions[0] }.Order(), Ids(home, "session-today", "data-session-id").Order());
        Assert.Equal(new[] { due.CohortId, taken.CohortId, tomorrow.CohortId, draft.CohortId }.Order(),
            Ids(home, "my-cohort", "data-cohort-id").Order());
        Assert.DoesNotContain(colleagues.CohortId, Ids(home, "my-cohort", "data-cohort-id"));
        Assert.Contains("Draft", home.Document.QuerySelector($"[data-testid=my-cohort][data-cohort-id='{draft.CohortId}']")!.TextContent);
        Assert.Null(home.Document.QuerySelector("[data-testid=admin-accounts]"));
        Assert.Null(home.Document.QuerySelector("[data-testid=officer-closing]"));
    }

    [SkippableFact]
    public async Task An_instructor_with_nothing_today_is_told_so()
    {
        var (visitor, _) = await SignedInAsync(Roles.Instructor, await People.CreateInstitutionAsync());

        var home = await visitor.OpenAsync("/");

        Assert.NotNull(home.Document.QuerySelector("[data-testid=no-roll-calls-due]"));
        Assert.NotNull(home.Document.QuerySelector("[data-testid=no-sessions-today]"));
    }

    [SkippableFact]
    public async Task A_program_officer_sees_the_institutions_they_follow_and_their_cohorts_closing_soon_or_lately_closed()
    {
        var followed = await People.CreateInstitutionAsync();
        var other = await People.CreateInstitutionAsync();
        var officer = await People.CreateAsync(Roles.ProgramOfficer, followedInstitutions: [followed]);
        var today = Factory.Now.Date;
        var closing = await new CohortBuilder(Factory).AtInstitution(followed).Session(1, today.AddDays(5).AddHours(9), TimeSpan.FromHours(2)).BuildAsync();
        var later = await new CohortBuilder(Factory).AtInstitution(followed).Session(1, today.AddDays(40).AddHours(9), TimeSpan.FromHours(2)).BuildAsync();
        var closed = await new CohortBuilder(Factory).AtInstitution(followed).InState(CohortState.Completed)
            .Session(1, today.AddDays(-10).AddHours(9), TimeSpan.FromHours(2)).BuildAsync();
        var longClosed = await new CohortBuilder(Factory).AtInstitution(followed).InState(CohortState.Completed)
            .Session(1, today.AddDays(-90).AddHours(9), TimeSpan.FromHours(2)).BuildAsync();
        var elsewhere = await new CohortBuilder(Factory).AtInstitution(other).Session(1, today.AddDays(3).AddHours(9), TimeSpan.FromHours(2)).BuildAsync();
        var visitor = NewVisitor();
        await visitor.SignInAsync(officer);

        var home = await visitor.OpenAsync("/");

        Assert.Single(home.Document.QuerySelectorAll("[data-testid=followed-institution]"));
        Assert.Equal([closing.CohortId], Ids(home, "closing-cohort", "data-cohort-id"));
        Assert.Equal([closed.CohortId], Ids(home, "closed-cohort", "data-cohort-id"));
        Assert.Contains(ReportLinks.Of(ReportLinks.Exports, ReportScope.Everything with { CohortIds = [closed.CohortId] }), home.Links);
        Assert.DoesNotContain(later.CohortId, Ids(home, "closing-cohort", "data-cohort-id"));
        Assert.DoesNotContain(longClosed.CohortId, Ids(home, "closed-cohort", "data-cohort-id"));
        Assert.DoesNotContain(elsewhere.CohortId, Ids(home, "closing-cohort", "data-cohort-id"));
        Assert.Null(home.Document.QuerySelector("[data-testid=instructor-home]"));
    }

    [SkippableFact]
    public async Task An_administrator_sees_accounts_per_role_and_the_institutions()
    {
        var institution = await People.CreateInstitutionAsync();
        await People.CreateAsync(Roles.Instructor, institution);
        var visitor = await AdministratorAsync();

        var home = await visitor.OpenAsync("/");

        Assert.Equal(Roles.All.Order(), home.Document.QuerySelectorAll("[data-testid=role-count]").Select(e => e.GetAttribute("data-role")!).Order());
        var row = home.Document.QuerySelector($"[data-testid=institution][data-institution-id='{institution}']");
        Assert.NotNull(row);
        Assert.Contains("1 account", row.TextContent);
        Assert.Contains(InstitutionLinks.Edit(institution), home.Links);
        Assert.Null(home.Document.QuerySelector("[data-testid=instructor-home]"));
    }

    [SkippableFact]
    public async Task A_recruit_is_taken_from_the_home_page_to_their_training()
    {
        var (visitor, _) = await SignedInAsync(Roles.Recruit, await People.CreateInstitutionAsync());

        var response = await visitor.GetAsync("/");

        Assert.Equal("/learn", Visitor.RedirectPath(response));
    }

    [SkippableFact]
    public async Task An_anonymous_visitor_reads_the_two_ways_in()
    {
        var home = await NewVisitor().OpenAsync("/");

        var waysIn = home.Document.QuerySelector("[data-testid=ways-in]")!.TextContent;
        Assert.Contains("password", waysIn);
        Assert.Contains("one-time code", waysIn);
        Assert.Contains(EnrolmentLinks.CodeSignIn(), home.Links);
    }

    [SkippableFact]
    public async Task An_instructor_reads_their_home_in_Russian()
    {
        var (visitor, _) = await SignedInAsync(Roles.Instructor, await People.CreateInstitutionAsync());

        var home = await visitor.Speaking("ru").OpenAsync("/");

        Assert.Equal("Что сделать дальше", home.Heading);
        Assert.Contains("Мои группы", home.Text);
        Assert.DoesNotContain("My cohorts", home.Text);
    }

    static List<int> Ids(HtmlPage page, string testId, string attribute) =>
        [.. page.Document.QuerySelectorAll($"[data-testid={testId}]").Select(e => int.Parse(e.GetAttribute(attribute)!))];

    public sealed class OnSqlite(SqliteLmsFactory factory) : HomeTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : HomeTests(factory), IClassFixture<PostgresLmsFactory>;
}
