using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Web.Tests.Certificates;
using SmartPolicingLms.Web.Tests.Completion;
using SmartPolicingLms.Web.Tests.Harness;
using static SmartPolicingLms.Web.Data.AttendanceMark;

namespace SmartPolicingLms.Web.Tests.Exports;

// Two institutions a program officer follows: at the first a closed cohort (one recruit certified, one who missed a
// session and failed the post-test), at the second a cohort still open (one recruit who has done everything so far,
// one who took only the pre-test, one withdrawn). And a third institution the program officer does not follow.
internal sealed class ExportScene
{
    public required CompletionWorld Closed { get; init; }
    public required CompletionWorld Open { get; init; }
    public required int Unfollowed { get; init; }
    public required Person ProgramOfficer { get; init; }
    public required int Certified { get; init; }
    public required int Failed { get; init; }
    public required int OnTrack { get; init; }
    public required int PreOnly { get; init; }
    public required int Withdrawn { get; init; }

    public static async Task<ExportScene> CreateAsync(LmsFactory factory)
    {
        var closed = await CompletionWorld.CreateAsync(factory);
        var (_, certified) = await closed.EnrolAsync();
        var (_, failed) = await closed.EnrolAsync();
        await Certify.CompleteEverythingAsync(closed, certified);
        await closed.MarkAsync(closed.Lecture, (failed, Present));
        await closed.MarkAsync(closed.FirstWorkshop, (failed, Absent));
        await closed.ResultsAsync(failed, pre: 30m, post: 45m);
        await Certify.CloseAsync(closed);

        var open = await CompletionWorld.CreateAsync(factory);
        var (_, onTrack) = await open.EnrolAsync();
        var (_, preOnly) = await open.EnrolAsync();
        var (_, withdrawn) = await open.EnrolAsync();
        await open.MarkAsync(open.Lecture, (onTrack, Present), (preOnly, Late));
        await open.ResultsAsync(onTrack, pre: 55m, post: 85m);
        await open.ResultsAsync(preOnly, pre: 20m, post: null, read: false);
        await factory.WithDatabaseAsync(async db =>
        {
            (await db.Enrollments.SingleAsync(e => e.Id == withdrawn)).Withdraw(open.Lead.Id, DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });

        // Names of their own, so the register and the results page list them in one order.
        foreach (var (enrollment, name) in new[] { (certified, "Ama Certified"), (failed, "Kofi Short"), (onTrack, "Aigul On Track"), (preOnly, "Bolot Pre Only") })
            await RenameAsync(factory, enrollment, name);

        var unfollowed = await factory.People.CreateInstitutionAsync();
        var officer = await factory.People.CreateAsync(Roles.ProgramOfficer, followedInstitutions: [closed.InstitutionId, open.InstitutionId]);
        return new ExportScene
        {
            Closed = closed, Open = open, Unfollowed = unfollowed, ProgramOfficer = officer,
            Certified = certified, Failed = failed, OnTrack = onTrack, PreOnly = preOnly, Withdrawn = withdrawn,
        };
    }

    public string BothCohorts => $"?cohort={Closed.CohortId}&cohort={Open.CohortId}";

    public static Task RenameAsync(LmsFactory factory, int enrollmentId, string name, string? serviceNumber = null) =>
        factory.WithDatabaseAsync(async db =>
        {
            var userId = await db.Enrollments.Where(e => e.Id == enrollmentId).Select(e => e.RecruitUserId).SingleAsync();
            var user = await db.Users.SingleAsync(u => u.Id == userId);
            user.DisplayName = name;
            user.ServiceNumber = serviceNumber ?? user.ServiceNumber;
            return await db.SaveChangesAsync();
        });
}
