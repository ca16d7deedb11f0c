using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Web.Tests.Certificates;
using SmartPolicingLms.Web.Tests.Completion;
using SmartPolicingLms.Web.Tests.Harness;
using static SmartPolicingLms.Web.Data.AttendanceMark;

namespace SmartPolicingLms.Web.Tests.Reports;

// Two institutions, each with cohorts of the test course ending yesterday, and a program officer who follows only
// the first. At the followed one: a closed cohort (one recruit completed everything, one fell short on attendance,
// one took only the pre-test) and a cohort still running (one recruit completed everything, one did not). The other
// institution has a closed cohort of its own.
internal sealed class ReportWorld
{
    public required LmsFactory Factory { get; init; }
    public required Person Officer { get; init; }
    public required CompletionWorld Closed { get; init; }
    public required CompletionWorld Running { get; init; }
    public required CompletionWorld Elsewhere { get; init; }
    public int InstitutionId => Closed.InstitutionId;
    public int OtherInstitutionId => Elsewhere.InstitutionId;

    public static async Task<ReportWorld> CreateAsync(LmsFactory factory)
    {
        var closed = await CompletionWorld.CreateAsync(factory);
        var (_, done) = await closed.EnrolAsync();
        await Certify.CompleteEverythingAsync(closed, done);
        var (_, short1) = await closed.EnrolAsync();
        await closed.MarkAsync(closed.Lecture, (short1, Absent));
        await closed.MarkAsync(closed.FirstWorkshop, (short1, Present));
        await closed.ResultsAsync(short1, pre: 55m, post: 72.5m);
        var (_, preOnly) = await closed.EnrolAsync();
        await closed.ResultsAsync(preOnly, pre: 30m, post: null);
        await Certify.CloseAsync(closed);

        var running = await CompletionWorld.CreateAsync(factory, closed.InstitutionId);
        var (_, ready) = await running.EnrolAsync();
        await Certify.CompleteEverythingAsync(running, ready);
        var (_, notYet) = await running.EnrolAsync();
        await running.ResultsAsync(notYet, pre: 20m, post: 65m);

        var elsewhere = await CompletionWorld.CreateAsync(factory);
        var (_, theirs) = await elsewhere.EnrolAsync();
        await Certify.CompleteEverythingAsync(elsewhere, theirs);
        await Certify.CloseAsync(elsewhere);

        var officer = await factory.People.CreateAsync(Roles.ProgramOfficer, closed.InstitutionId);
        return new ReportWorld { Factory = factory, Officer = officer, Closed = closed, Running = running, Elsewhere = elsewhere };
    }

    public string Report(string query = "") => $"/reports?institution={InstitutionId}{query}";

    public Task<int> CompletedAsync(int cohortId) => Factory.WithDatabaseAsync(db =>
        db.CompletionRecords.CountAsync(r => r.Completed && db.Enrollments.Any(e => e.Id == r.EnrollmentId && e.CohortId == cohortId)));
}
