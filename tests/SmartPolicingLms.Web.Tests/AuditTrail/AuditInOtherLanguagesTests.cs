using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.AuditTrail;

// Audit entries store codes and parameters: an entry written while its author read English is worded in Russian or
// Kyrgyz for whoever reads the log. Entries written in English before codes are read into codes by the
// StoredTextAsCodes migration (and its start-up step); what no pattern matches is shown as it was written.
public abstract class AuditInOtherLanguagesTests(LmsFactory factory) : LmsTest(factory)
{
    [SkippableFact]
    public async Task A_change_made_in_English_reads_in_Russian_and_in_Kyrgyz()
    {
        var scene = await DraftScene.CreateAsync(Factory);
        var form = await scene.Instructor.OpenAsync($"{scene.Page}/edit");
        await scene.Instructor.SubmitAsync(form, "edit-cohort", ("Input.Name", "Renamed intake"));
        var administrator = NewVisitor();
        await administrator.SignInAsync(scene.Administrator);

        var russian = await administrator.Speaking("ru").OpenAsync($"/audit?cohort={scene.Cohort}");
        var kyrgyz = await administrator.Speaking("ky").OpenAsync($"/audit?cohort={scene.Cohort}");

        var row = Row(russian, "Сведения изменены");
        Assert.Contains("Группа", row);
        Assert.Contains("Название", row);
        Assert.Contains("Журнал аудита", russian.Text);
        Assert.DoesNotContain("Details changed", russian.Text);
        Assert.DoesNotContain("Audit log", russian.Text);
        Assert.Contains("Маалыматтар өзгөртүлдү", Row(kyrgyz, "Маалыматтар өзгөртүлдү"));
        Assert.Contains("Аудит журналы", kyrgyz.Text);
        Assert.DoesNotContain("Details changed", kyrgyz.Text);
    }

    [SkippableFact]
    public async Task English_entries_from_before_codes_are_migrated_to_codes_and_read_in_the_reader_s_language()
    {
        await using var installation = Factory.NewInstallation();
        var administrator = await installation.People.CreateAsync(Roles.Administrator);
        var at = DateTime.SpecifyKind(new DateTime(2026, 3, 2, 9, 0, 0), DateTimeKind.Utc);
        await installation.WithDatabaseAsync(async db =>
        {
            var migrations = db.Database.GetMigrations().ToList();
            var previous = migrations[migrations.FindIndex(m => m.EndsWith("_StoredTextAsCodes", StringComparison.Ordinal)) - 1];
            var migrator = db.GetService<IMigrator>();
            await migrator.MigrateAsync(previous);
            foreach (var (subject, action) in OldEntries)
                await db.Database.ExecuteSqlAsync(
                    $"INSERT INTO \"AuditEntries\" (\"At\", \"UserId\", \"Subject\", \"Action\") VALUES ({at}, {administrator.Id}, {subject}, {action})");
            await migrator.MigrateAsync();
            return 0;
        });
        await installation.WithServicesAsync(services =>
            services.GetServices<IStartupStep>().OfType<StoredTextAsCodes>().Single().RunAsync(CancellationToken.None));

        var stored = await installation.WithDatabaseAsync(db => db.AuditEntries.AsNoTracking().OrderBy(e => e.Id).ToListAsync());
        var reader = new Visitor(installation);
        await reader.SignInAsync(administrator);
        var russian = await reader.Speaking("ru").OpenAsync("/audit");

        Assert.Equal([
            (AuditSubject.Certificate, "[\"KPA-2025-00001\"]", AuditAction.Revoked, null, null),
            (AuditSubject.Session, "[\"3\",\"Rights and referral\"]", AuditAction.SessionScheduled, null, null),
            (AuditSubject.PartnerOrganisation, "[\"Tais Plus\"]", AuditAction.CoTrainerRemoved, null, null),
            (AuditSubject.Cohort, null, AuditAction.Closed, null, null),
            (AuditSubject.AsWritten, null, AuditAction.AsWritten, "Something nobody wrote", "Frobnicated"),
        ], stored.Select(e => (e.Subject, e.SubjectArguments, e.Action, e.SubjectAsWritten, e.ActionAsWritten)));
        Assert.Contains("Отозван", Row(russian, "Сертификат KPA-2025-00001"));
        Assert.Contains("Занятие назначено", Row(russian, "Занятие модуля 3 «Rights and referral»"));
        Assert.Contains("Со-тренер удалён по собственной просьбе", Row(russian, "Партнёрская организация Tais Plus"));
        Assert.Contains("Frobnicated", Row(russian, "Something nobody wrote"));
        Assert.DoesNotContain("Revoked", russian.Text);
    }

    static readonly (string Subject, string Action)[] OldEntries =
    [
        ("Certificate KPA-2025-00001", "Revoked"),
        ("Session of module 3 'Rights and referral'", "Session scheduled"),
        ("Partner organisation Tais Plus", "A co-trainer was removed at their request"),
        ("Cohort", "Closed"),
        ("Something nobody wrote", "Frobnicated"),
    ];

    static string Row(HtmlPage page, string text) => HtmlPage.Normalize(
        page.Document.QuerySelectorAll("table.audit-log > tbody > tr").Single(r => HtmlPage.Normalize(r.TextContent).Contains(text, StringComparison.Ordinal)).TextContent);

    public sealed class OnSqlite(SqliteLmsFactory factory) : AuditInOtherLanguagesTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : AuditInOtherLanguagesTests(factory), IClassFixture<PostgresLmsFactory>;
}
