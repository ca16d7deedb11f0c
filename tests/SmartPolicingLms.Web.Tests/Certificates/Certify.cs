using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartPolicingLms.Web.Features.Completion;
using SmartPolicingLms.Web.Features.Institutions;
using SmartPolicingLms.Web.Tests.Completion;
using SmartPolicingLms.Web.Tests.Harness;
using static SmartPolicingLms.Web.Data.AttendanceMark;

namespace SmartPolicingLms.Web.Tests.Certificates;

// The steps the certificate tests share: a recruit who did everything the test course asks, and the cohort closed
// by its lead as the close page does it.
internal static class Certify
{
    public static async Task CompleteEverythingAsync(CompletionWorld world, int enrollment)
    {
        await world.MarkAsync(world.Lecture, (enrollment, Present));
        await world.MarkAsync(world.FirstWorkshop, (enrollment, Present));
        await world.MarkAsync(world.SecondWorkshop, (enrollment, Present));
        await world.ResultsAsync(enrollment, pre: 40m, post: 90m);
    }

    // A recruit (renamed, when a name is given) who completed everything, the cohort closed, and their certificate.
    public static async Task<(CompletionWorld World, Person Recruit, Certificate Certificate)> CertifiedAsync(LmsFactory factory,
        string? recruitName = null)
    {
        var world = await CompletionWorld.CreateAsync(factory);
        var (recruit, enrollment) = await world.EnrolAsync();
        if (recruitName is not null)
            await factory.WithDatabaseAsync(async db =>
            {
                (await db.Users.SingleAsync(u => u.Id == recruit.Id)).DisplayName = recruitName;
                return await db.SaveChangesAsync();
            });
        await CompleteEverythingAsync(world, enrollment);
        await CloseAsync(world);
        var certificate = await factory.WithDatabaseAsync(db => db.Certificates.AsNoTracking().SingleAsync(c => c.EnrollmentId == enrollment));
        return (world, recruit, certificate);
    }

    public static async Task CloseAsync(CompletionWorld world)
    {
        var version = await new Scheduling(world.Factory).VersionAsync(world.CohortId);
        var outcome = await world.Factory.AsAsync(world.Lead, services => services.GetRequiredService<CloseCohort.Handler>().HandleAsync(
            world.CohortId, new CloseCohort.Command { Version = version, ConfirmMissingRollCalls = true, Confirmed = true }, CancellationToken.None));
        Assert.True(outcome.Succeeded, string.Join(" ", outcome.Errors.Select(e => e.ErrorMessage)));
    }

    // Who signs the institution's certificates from now on, and its crest, set by the cohort's lead through the same
    // use cases the settings page calls.
    public static Task SignAsync(CompletionWorld world, IReadOnlyList<Signatory> signatories, byte[]? crest = null) =>
        world.Factory.AsAsync(world.Lead, async services =>
        {
            var version = await services.GetRequiredService<AppDbContext>().Institutions.Where(i => i.Id == world.InstitutionId)
                .Select(i => i.Version).SingleAsync();
            var saved = await services.GetRequiredService<SetSignatories.Handler>().HandleAsync(new SetSignatories.Command
            {
                InstitutionId = world.InstitutionId, Version = version,
                Signatories = [.. signatories.Select(s => new SetSignatories.Row { Name = s.Name, Title = s.Title })],
            }, CancellationToken.None);
            Assert.True(saved.Succeeded, string.Join(" ", saved.Errors.Select(e => e.ErrorMessage)));
            if (crest is null)
                return;
            var file = new FormFile(new MemoryStream(crest), 0, crest.Length, UploadCrest.Field, "crest");
            var uploaded = await services.GetRequiredService<UploadCrest.Handler>().HandleAsync(
                new UploadCrest.Command(world.InstitutionId, saved.Value, file), CancellationToken.None);
            Assert.True(uploaded.Succeeded, string.Join(" ", uploaded.Errors.Select(e => e.ErrorMessage)));
        });
}
