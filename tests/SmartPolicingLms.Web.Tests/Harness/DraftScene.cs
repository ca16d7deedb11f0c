
namespace SmartPolicingLms.Web.Tests.Harness;

// An institution of its own with a signed-in instructor, an administrator, a partner organisation that serves every
// community, and a draft cohort whose schedule the helper drafted: the starting point of most cohort tests.
internal sealed record DraftScene(int Institution, Visitor Instructor, Person Lead, Person Administrator, int Organisation, int Cohort,
    DateOnly Start, string Room)
{
    public static async Task<DraftScene> CreateAsync(LmsFactory factory, string courseId = Scheduling.GhanaCourse,
        string country = "GH", string timeZone = "Africa/Accra", int weeksAhead = 5)
    {
        var institution = await factory.People.CreateInstitutionAsync(country: country, timeZone: timeZone);
        var lead = await factory.People.CreateAsync(Roles.Instructor, institution);
        var administrator = await factory.People.CreateAsync(Roles.Administrator);
        var scheduling = new Scheduling(factory);
        var organisation = await scheduling.OrganisationAsync(administrator, community: PartnerCommunity.Both, country: country);
        var start = Scheduling.MondayAhead(weeksAhead);
        var room = Scheduling.Unique("Room");
        var cohort = await scheduling.DraftedCohortAsync(lead, courseId, start, location: room);
        var instructor = new Visitor(factory);
        await instructor.SignInAsync(lead);
        return new DraftScene(institution, instructor, lead, administrator, organisation, cohort, start, room);
    }

    public string Page => $"/cohorts/{Cohort}";
}
