using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartPolicingLms.Web.Features.Partners;
using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.Partners;

// A co-trainer asks to be removed: their sessions stay taught by their organisation, and nothing of them stays behind.
public abstract class RemovalTests(LmsFactory factory) : LmsTest(factory)
{
    [SkippableFact]
    public async Task Removing_a_cotrainer_at_their_request_leaves_their_sessions_delivered_by_the_organisation_and_nothing_of_them_stored()
    {
        var scene = await DraftScene.CreateAsync(Factory);
        var (officer, officerPerson) = await SignedInAsync(Roles.ProgramOfficer, scene.Institution);
        var hex = Guid.NewGuid().ToString("N");
        var (name, contact) = ($"Nurlan-{hex[..10]}", $"+996 700 {hex[10..16]} nur{hex[16..24]}@example.org");
        var coTrainer = await Scheduling.CoTrainerAsync(officerPerson, scene.Organisation, name, consent: true, contact);
        var slot = (await Scheduling.SlotsAsync(scene.Cohort)).First();
        await Scheduling.FillAsync(scene.Lead, scene.Cohort, slot.Id, scene.Organisation, coTrainer);
        await Scheduling.SetConsentAsync(officerPerson, scene.Organisation, coTrainer, consent: false);
        await officer.OpenAsync($"/partners/{scene.Organisation}/co-trainers/{coTrainer}/contact");
        Assert.NotEmpty(await StoredText.WhereAsync(Factory, name, contact));

        var done = await officer.SubmitAndFollowAsync(await officer.OpenAsync($"/partners/{scene.Organisation}/co-trainers/{coTrainer}/remove"),
            "remove-co-trainer");

        Assert.Equal($"/partners/{scene.Organisation}", done.Path);
        Assert.Contains("The co-trainer was removed", done.Text);
        var stored = await Factory.WithDatabaseAsync(db => db.SessionSlots.AsNoTracking().SingleAsync(s => s.Id == slot.Id));
        Assert.Equal((scene.Organisation, (int?)null, SlotCoverage.FilledByOrganisation), (stored.PartnerOrganisationId!.Value, stored.CoTrainerId, stored.Coverage));
        var organisation = await Factory.WithDatabaseAsync(db => db.PartnerOrganisations.Where(o => o.Id == scene.Organisation).Select(o => o.Name).SingleAsync());
        var cohortPage = await scene.Instructor.OpenAsync(scene.Page);
        var line = cohortPage.Document.QuerySelectorAll("li").Select(li => HtmlPage.Normalize(li.TextContent))
            .Single(t => t.Contains(organisation) && !t.Contains("open", StringComparison.OrdinalIgnoreCase) && t.Contains("Filled by organisation"));
        Assert.DoesNotContain("named", line, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(await StoredText.WhereAsync(Factory, name, hex[..10], contact, hex[10..16], hex[16..24]));
        Assert.Equal(0, await Factory.WithDatabaseAsync(db => db.ContactViews.CountAsync(v => v.CoTrainerId == coTrainer)));
        Assert.Equal(1, await Factory.WithDatabaseAsync(db => db.AuditEntries.CountAsync(e => e.Action == AuditAction.CoTrainerRemoved
            && e.Subject == AuditSubject.PartnerOrganisation && e.SubjectArguments == System.Text.Json.JsonSerializer.Serialize(new[] { organisation }, (System.Text.Json.JsonSerializerOptions?)null)
            && e.UserId == officerPerson.Id)));
    }

    public sealed class OnSqlite(SqliteLmsFactory factory) : RemovalTests(factory), IClassFixture<SqliteLmsFactory>
    {
        // SQLite keeps the whole database in files of the data folder: free pages must not keep the name either.
        [SkippableFact]
        public async Task The_sqlite_file_keeps_no_trace_of_a_removed_cotrainer()
        {
            var scene = await DraftScene.CreateAsync(Factory);
            var officer = await People.CreateAsync(Roles.ProgramOfficer, scene.Institution);
            var name = $"Gulnara-{Guid.NewGuid():N}";
            var coTrainer = await Scheduling.CoTrainerAsync(officer, scene.Organisation, name, consent: true, "Through the office only");
            await Scheduling.FillAsync(scene.Lead, scene.Cohort, (await Scheduling.SlotsAsync(scene.Cohort)).First().Id, scene.Organisation, coTrainer);
            await Factory.AsAsync(officer, async services =>
                Assert.True(await services.GetRequiredService<RemoveCoTrainer>().HandleAsync(scene.Organisation, coTrainer, default)));

            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            var files = Directory.EnumerateFiles(factory.DataFolder, "smartpolicinglms.db*").ToList();
            Assert.NotEmpty(files);
            var bytes = System.Text.Encoding.UTF8.GetBytes(name);
            Assert.All(files, file => Assert.True(File.ReadAllBytes(file).AsSpan().IndexOf(bytes) < 0, $"{Path.GetFileName(file)} still holds the name"));
        }
    }

    public sealed class OnPostgres(PostgresLmsFactory factory) : RemovalTests(factory), IClassFixture<PostgresLmsFactory>;
}
