using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.Journeys;

// A training school on an ordinary day, for the browser checks and the README's screenshots: an instructor whose
// cohort has a session running now (its roll call due) and a draft for next month, and a recruit of that cohort.
internal sealed record FrontDoorScene(Person Instructor, Person Recruit, int CohortId)
{
    const string Course = "ghana-police-recruit-hiv";
    const string ServiceNumber = "GPS-2026-0412";

    public static async Task<FrontDoorScene> CreateAsync(LmsFactory installation)
    {
        var institution = await installation.People.CreateInstitutionAsync("Ghana Police Training School, Accra", "GH", "Africa/Accra");
        var instructor = await installation.People.CreateAsync(Roles.Instructor, institution);
        var now = installation.Now;
        var running = await new CohortBuilder(installation).Of(Course).AtInstitution(institution).LedBy(instructor)
            .DailyContactSessions(now.AddHours(-1), TimeSpan.FromHours(3), "Lecture hall 2").BuildAsync();
        var draft = await new CohortBuilder(installation).Of(Course).AtInstitution(institution).LedBy(instructor).InState(CohortState.Draft)
            .DailyContactSessions(now.Date.AddDays(30).AddHours(9), TimeSpan.FromHours(3), "Lecture hall 1").BuildAsync();
        var (recruit, _) = await running.EnrolNewAsync();
        await installation.WithDatabaseAsync(async db =>
        {
            foreach (var (id, name) in new[] { (running.CohortId, "Recruit intake 12"), (draft.CohortId, "Recruit intake 13") })
            {
                var cohort = await db.Cohorts.SingleAsync(c => c.Id == id);
                cohort.Update(name, cohort.StartDate, cohort.EndDate, cohort.Capacity, now);
            }
            (await db.Users.SingleAsync(u => u.Id == instructor.Id)).DisplayName = "Abena Owusu";
            // Recruits have no email: they sign in with their service number.
            var account = await db.Users.SingleAsync(u => u.Id == recruit.Id);
            (account.DisplayName, account.ServiceNumber, account.UserName, account.NormalizedUserName) =
                ("Kwame Mensah", ServiceNumber, ServiceNumber, ServiceNumber.ToUpperInvariant());
            (account.Email, account.NormalizedEmail) = (null, null);
            return await db.SaveChangesAsync();
        });
        return new FrontDoorScene(instructor, recruit with { Email = ServiceNumber }, running.CohortId);
    }
}
