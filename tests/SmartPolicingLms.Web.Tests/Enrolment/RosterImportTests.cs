using SmartPolicingLms.Web.Security;
using System.Net;
using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Web.Features.Enrolment;
using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.Enrolment;

public abstract class RosterImportTests(LmsFactory factory) : LmsTest(factory)
{
    [SkippableFact]
    public async Task A_roster_creates_recruit_accounts_enrolments_and_a_sheet_with_one_code_each()
    {
        var world = await EnrolmentWorld.CreateAsync(Factory);
        var sn = Unique("GPS");

        var sheet = await world.ImportAsync($"name,service number,email\nAma Mensah,{sn}-1,\nKofi Boateng,{sn}-2,{sn}@example.org\n");

        var slips = EnrolmentWorld.Slips(sheet);
        Assert.Equal(["Ama Mensah", "Kofi Boateng"], slips.Select(s => s.Name));
        Assert.All(slips, s => Assert.Matches("^[A-Z2-9]{4}(-[A-Z2-9]{4}){4}$", s.Code));
        Assert.Contains("/code", sheet.Text);
        var ama = await world.UserAsync($"{sn}-1");
        Assert.Multiple(
            () => Assert.Null(ama.PasswordHash),
            () => Assert.True(ama.MustSetPassword),
            () => Assert.True(ama.LockoutEnabled),
            () => Assert.Equal(world.InstitutionId, ama.InstitutionId),
            () => Assert.Equal($"{sn}-1".ToUpperInvariant(), ama.ServiceNumber));
        Assert.Equal(2, (await world.EnrollmentsAsync()).Count(e => e.IsActive));
        var stored = await world.DbAsync(db => db.SignInCodes.AsNoTracking().Where(c => c.UserId == ama.Id).SingleAsync());
        Assert.NotEqual(slips[0].Code, stored.CodeHash);
        Assert.Equal(SignInCodes.Hash(slips[0].Code!), stored.CodeHash);
        Assert.True(await world.DbAsync(db => db.UserRoles.AnyAsync(r => r.UserId == ama.Id && db.Roles.Any(x => x.Id == r.RoleId && x.Name == Roles.Recruit))));
        Assert.Contains(await world.AuditAsync(), e => e.Action == AuditAction.RosterImported);
    }

    [SkippableFact]
    public async Task Bad_rows_are_reported_by_line_and_nothing_is_imported()
    {
        var world = await EnrolmentWorld.CreateAsync(Factory);

        var page = await world.ImportAsync("name,service number,email\nAma,S-1,\n,S-2,\nKofi,,\nYaw,s-1,\nEsi,,not-an-email\n");

        Assert.Equal(
            [
                "Line 3: the name is missing.",
                "Line 4: give a service number or an email for Kofi.",
                "Line 5: service number S-1 is also on line 2.",
                "Line 6: \"not-an-email\" is not an email address.",
            ],
            EnrolmentWorld.Problems(page));
        Assert.Empty(await world.EnrollmentsAsync());
        Assert.False(await world.DbAsync(db => db.Users.AnyAsync(u => u.InstitutionId == world.InstitutionId && u.ServiceNumber != null)));
    }

    // A NUL byte was stored by SQLite and failed on PostgreSQL as a clash with "someone else"; a line break inside a
    // quoted name would split every list and CSV it appears in. Both are refused by line, on both databases.
    [SkippableFact]
    public async Task Names_with_control_characters_or_line_breaks_are_refused_by_line_and_nothing_is_imported()
    {
        var world = await EnrolmentWorld.CreateAsync(Factory);

        var page = await world.ImportAsync($"name,service number\nAma\0Mensah,{Unique("A")}\n\"Kofi\nBoateng\",{Unique("K")}\nYaw,{Unique("Y")}\n");

        Assert.Equal(
            [
                "Line 2: a cell contains a line break, a tab or another control character (such as a NUL byte); retype it as plain text.",
                "Line 3: a cell contains a line break, a tab or another control character (such as a NUL byte); retype it as plain text.",
            ],
            EnrolmentWorld.Problems(page));
        Assert.Empty(await world.EnrollmentsAsync());
    }

    [SkippableFact]
    public async Task A_service_number_used_by_another_person_at_the_institution_is_refused()
    {
        var world = await EnrolmentWorld.CreateAsync(Factory);
        var sn = Unique("KG");
        await world.ImportAsync($"name,service number\nAidai Tashieva,{sn}\n");

        var page = await world.ImportAsync($"name,service number\nBakyt Uulu,{sn}\nNew Person,{sn}-9\n");

        Assert.Equal([$"Line 2: service number {sn} is already used by another person at this institution (Aidai Tashieva)."], EnrolmentWorld.Problems(page));
        Assert.Single(await world.EnrollmentsAsync());
    }

    [SkippableFact]
    public async Task A_staff_email_and_another_institutions_recruit_are_refused_in_the_same_words_without_saying_whose()
    {
        var world = await EnrolmentWorld.CreateAsync(Factory);
        var elsewhere = await EnrolmentWorld.CreateAsync(Factory);
        var theirs = $"{Unique("R")}@example.org".ToLowerInvariant();
        await elsewhere.ImportAsync($"name,email\nAidai Tashieva,{theirs}\n");

        var page = await world.ImportAsync($"name,email\nBakyt Uulu,{elsewhere.Lead.Email}\nAidai T,{theirs}\n");

        var problems = EnrolmentWorld.Problems(page);
        Assert.Equal(2, problems.Count);
        var staff = problems[0].Replace(elsewhere.Lead.Email, "EMAIL").Replace("Line 2", "LINE");
        var recruit = problems[1].Replace(theirs, "EMAIL").Replace("Line 3", "LINE");
        Assert.Equal(staff, recruit);
        Assert.DoesNotMatch("(?i)institution|staff|recruit's|instructor", staff.Replace("this institution", ""));
        Assert.Empty(await world.EnrollmentsAsync());
    }

    [SkippableFact]
    public async Task An_existing_recruit_is_enrolled_rather_than_created_again()
    {
        var first = await EnrolmentWorld.CreateAsync(Factory);
        var second = await EnrolmentWorld.CreateAsync(Factory, institutionId: first.InstitutionId);
        var sn = Unique("GPS");
        await first.ImportAsync($"name,service number,email\nAma Mensah,{sn},\nEsi Owusu,,{sn}@example.org\n");

        var sheet = await second.ImportAsync($"name,service number,email\nama  mensah,{sn.ToLowerInvariant()},\nEsi O.,,{sn.ToUpperInvariant()}@EXAMPLE.org\n");

        Assert.All(EnrolmentWorld.Slips(sheet), s => Assert.Null(s.Code));
        Assert.Equal(2, (await second.EnrollmentsAsync()).Count);
        Assert.Equal(2, await first.DbAsync(db => db.Users.CountAsync(u => u.InstitutionId == first.InstitutionId && u.MustSetPassword)));
    }

    [SkippableFact]
    public async Task Importing_the_same_roster_twice_enrols_each_recruit_once()
    {
        var world = await EnrolmentWorld.CreateAsync(Factory);
        var roster = $"name,service number\nAma,{Unique("A")}\nKofi,{Unique("K")}\n";
        await world.ImportAsync(roster);

        var again = await world.ImportAsync(roster);

        Assert.Contains("0 enrolled now", again.Text);
        Assert.Equal(2, (await world.EnrollmentsAsync()).Count);
    }

    [SkippableFact]
    public async Task A_roster_that_would_overfill_the_cohort_is_refused_with_the_numbers()
    {
        var world = await EnrolmentWorld.CreateAsync(Factory, capacity: 2);
        await world.ImportAsync($"name,service number\nAma,{Unique("A")}\n");

        var page = await world.ImportAsync($"name,service number\nKofi,{Unique("K")}\nYaw,{Unique("Y")}\n");

        Assert.Equal(["The cohort has 2 places and 1 recruits enrolled, so 1 places are free; this would enrol 2. " +
                      "Remove at least 1, or raise the cohort's capacity first."], EnrolmentWorld.Problems(page));
        Assert.Single(await world.EnrollmentsAsync());
    }

    [SkippableFact]
    public async Task Only_the_cohorts_own_instructors_may_import()
    {
        var world = await EnrolmentWorld.CreateAsync(Factory);
        var colleague = new Visitor(Factory);
        await colleague.SignInAsync(await People.CreateAsync(Roles.Instructor, world.InstitutionId));
        var elsewhere = new Visitor(Factory);
        await elsewhere.SignInAsync(await People.CreateAsync(Roles.Instructor, await People.CreateInstitutionAsync()));

        var readOnly = await colleague.FollowAsync(await colleague.GetAsync(world.ImportPage));
        var hidden = await elsewhere.GetAsync(world.ImportPage);

        Assert.Equal(HttpStatusCode.Forbidden, readOnly.Status);
        Assert.Contains(Security.CohortAccess.ReadOnlyMessage, readOnly.Text);
        Assert.Null(readOnly.Form("import-roster"));
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await elsewhere.GetAsync(world.RecruitsPage)).StatusCode);
    }

    // How long it takes is measured by hand: the load runner's roster-import mode.
    [SkippableFact]
    public async Task Five_hundred_rows_import_in_one_upload()
    {
        var world = await EnrolmentWorld.CreateAsync(Factory, capacity: 500);
        var sn = Unique("L");
        var roster = "name,service number,email\n" + string.Concat(Enumerable.Range(1, 500).Select(i =>
            $"Recruit {i},{sn}-{i:0000},{(i % 3 == 0 ? $"{sn}-{i}@example.org" : "")}\n"));

        var sheet = await world.ImportAsync(roster);

        Assert.Equal(500, EnrolmentWorld.Slips(sheet).Count(s => s.Code is not null));
        Assert.Equal(500, (await world.EnrollmentsAsync()).Count);
    }

    static string Unique(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..(prefix.Length + 9)].ToUpperInvariant();

    public sealed class OnSqlite(SqliteLmsFactory factory) : RosterImportTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : RosterImportTests(factory), IClassFixture<PostgresLmsFactory>;
}
