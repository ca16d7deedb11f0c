using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartPolicingLms.Web.Features.Institutions;
using SmartPolicingLms.Web.Tests.Completion;
using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.Institutions;

// An institution's certificate settings, through the page as its lead instructor or an administrator uses it: who
// signs, what is refused and why, two people saving at once, and the audit log.
public abstract class CertificateSettingsTests(LmsFactory factory) : LmsTest(factory)
{
    const string Form = "certificate-signatories";

    static string PageOf(int institutionId) => $"/institutions/{institutionId}/certificate";

    static (string Name, string Value)[] Rows(params (string Name, string Title)[] rows) =>
        [.. rows.SelectMany((row, i) => new[] { ($"Input.Signatories[{i}].Name", row.Name), ($"Input.Signatories[{i}].Title", row.Title) })];

    [SkippableFact]
    public async Task A_lead_instructor_sets_three_signatories_and_the_audit_log_keeps_them_before_and_after()
    {
        var (world, lead) = await LeadAsync();
        var signatories = new Signatory[]
        {
            new("Айгүл Өмүрбекова", "Начальник академии"), new("Kofi Boateng", "Commandant"), new("Mira Ivanova", "Head of training"),
        };

        var page = await lead.SubmitAndFollowAsync(await lead.OpenAsync(PageOf(world.InstitutionId)), Form,
            Rows([.. signatories.Select(s => (s.Name, s.Title))]));

        Assert.Equal(PageOf(world.InstitutionId), page.Path);
        Assert.Equal("The signatories are saved.", page.Document.QuerySelector("[data-testid=saved]")?.TextContent);
        Assert.Equal("Mira Ivanova", page.FieldValue("Input.Signatories[2].Name"));
        var stored = await InstitutionAsync(world.InstitutionId);
        Assert.Equal(signatories, stored.Signatories);
        Assert.Equal(2, stored.Version);
        var entry = Assert.Single(await AuditAsync(stored.Name));
        Assert.Equal((world.Lead.Id, null, AuditAction.SignatoriesChanged), (entry.UserId, entry.CohortId, entry.Action));
        Assert.Equal([], Signatories(entry.Before));
        Assert.Equal(signatories, Signatories(entry.After));
    }

    [SkippableFact]
    public async Task Each_half_filled_or_too_long_signatory_gets_a_message_beside_its_field_that_names_it()
    {
        var (world, lead) = await LeadAsync();
        var rows = new[] { ("Kofi Boateng", ""), ("", "Commandant"), (new string('ө', 121), new string('x', 121)) };
        var expected = new SetSignatories.Validator().Validate(new SetSignatories.Command
        {
            Signatories = [.. rows.Select(r => new SetSignatories.Row { Name = r.Item1, Title = r.Item2 })],
        }).Errors.ToLookup(e => e.PropertyName, e => e.ErrorMessage);

        var page = await lead.SubmitAndFollowAsync(await lead.OpenAsync(PageOf(world.InstitutionId)), Form, Rows(rows));

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        foreach (var (field, which) in new[]
        {
            ("Signatories[0].Title", "Signatory 1"), ("Signatories[1].Name", "Signatory 2"), ("Signatories[2].Name", "Signatory 3"),
            ("Signatories[2].Title", "Signatory 3"),
        })
        {
            var beside = page.MessagesBeside($"Input.{field}");
            Assert.NotEmpty(beside);
            Assert.Equal(expected[field], beside);
            Assert.All(beside, message => Assert.StartsWith($"{which}: ", message));
        }
        Assert.Empty(page.MessagesBeside("Input.Signatories[0].Name"));
        Assert.Empty(page.MessagesBeside("Input.Signatories[1].Title"));
        Assert.Equal((1, 0), await StoredAsync(world.InstitutionId));
    }

    [SkippableFact]
    public async Task No_signatory_at_all_and_four_signatories_are_both_refused()
    {
        var (world, lead) = await LeadAsync();

        var none = await lead.SubmitAndFollowAsync(await lead.OpenAsync(PageOf(world.InstitutionId)), Form, Rows(("", ""), ("", ""), ("", "")));
        var four = await lead.SubmitAndFollowAsync(await lead.OpenAsync(PageOf(world.InstitutionId)), Form,
            Rows(("A. One", "Commandant"), ("B. Two", "Deputy"), ("C. Three", "Head of training"), ("D. Four", "Registrar")));

        Assert.Equal([SetSignatories.NoneMessage], none.SummaryMessages);
        Assert.Equal([SetSignatories.TooManyMessage], four.SummaryMessages);
        Assert.Equal((1, 0), await StoredAsync(world.InstitutionId));
        Assert.Empty(await AuditAsync((await InstitutionAsync(world.InstitutionId)).Name));
    }

    [SkippableFact]
    public async Task A_save_from_a_page_someone_else_has_saved_over_is_refused_and_the_page_then_shows_their_version()
    {
        var (world, lead) = await LeadAsync();
        var administrator = await AdministratorAsync();
        var leadsPage = await lead.OpenAsync(PageOf(world.InstitutionId));
        var administratorsPage = await administrator.OpenAsync(PageOf(world.InstitutionId));
        await administrator.SubmitAsync(administratorsPage, Form, Rows(("Kofi Boateng", "Commandant")));

        var refused = await lead.SubmitAndFollowAsync(leadsPage, Form, Rows(("Mira Ivanova", "Head of training")));
        var crest = await lead.FollowAsync(await lead.SubmitFileAsync(leadsPage, "certificate-crest", UploadCrest.Field, "crest.png",
            CrestFiles.Png(8, 8), "image/png"));

        Assert.Equal(HttpStatusCode.Conflict, refused.Status);
        Assert.Equal([CertificateSettings.ConflictMessage], refused.SummaryMessages);
        Assert.Equal("Kofi Boateng", refused.FieldValue("Input.Signatories[0].Name"));
        Assert.Equal(HttpStatusCode.Conflict, crest.Status);
        Assert.Contains(CertificateSettings.ConflictMessage, crest.Document.QuerySelector("[data-testid=crest-refusal]")?.TextContent);
        var stored = await InstitutionAsync(world.InstitutionId);
        Assert.Equal([new Signatory("Kofi Boateng", "Commandant")], stored.Signatories);
        Assert.Null(stored.CrestId);

        // Made again on the page that now shows the administrator's change, the lead's save goes through.
        await lead.SubmitAsync(refused, Form, Rows(("Mira Ivanova", "Head of training")));
        Assert.Equal([new Signatory("Mira Ivanova", "Head of training")], (await InstitutionAsync(world.InstitutionId)).Signatories);
    }

    [SkippableFact]
    public async Task A_crest_is_added_replaced_and_removed_and_every_crest_stays_stored_for_the_certificates_that_print_it()
    {
        var (world, lead) = await LeadAsync();
        var png = CrestFiles.Png(40, 30);

        var added = await UploadAsync(lead, world.InstitutionId, png, "crest.png", "image/png");
        // Sent as a PNG, read as the JPEG its bytes say it is.
        var replaced = await UploadAsync(lead, world.InstitutionId, CrestFiles.TinyJpeg, "crest.png", "image/png");
        var removed = await lead.SubmitAndFollowAsync(replaced, "remove-crest");

        Assert.StartsWith("data:image/png;base64,", added.Document.QuerySelector("[data-testid=crest] img")?.GetAttribute("src"));
        Assert.Contains("JPEG, 3 × 2 pixels", replaced.Document.QuerySelector("[data-testid=crest]")?.TextContent);
        Assert.NotNull(removed.Document.QuerySelector("[data-testid=no-crest]"));
        var crests = await Factory.WithDatabaseAsync(db => db.InstitutionCrests.AsNoTracking()
            .Where(c => c.InstitutionId == world.InstitutionId).OrderBy(c => c.Id).ToListAsync());
        Assert.Equal([(CrestImage.Png, 40, 30), (CrestImage.Jpeg, 3, 2)], crests.Select(c => (c.ContentType, c.Width, c.Height)));
        Assert.Equal(png, crests[0].Content);
        Assert.All(crests, c => Assert.Equal(world.Lead.Id, c.UploadedByUserId));
        var institution = await InstitutionAsync(world.InstitutionId);
        Assert.Null(institution.CrestId);
        var entries = await AuditAsync(institution.Name);
        Assert.Equal([AuditAction.CrestAdded, AuditAction.CrestReplaced, AuditAction.CrestRemoved], entries.Select(e => e.Action));
        Assert.StartsWith("PNG, 40 × 30 pixels", Crest(entries[1].Before));
        Assert.StartsWith("JPEG, 3 × 2 pixels", Crest(entries[1].After));
        Assert.Null(entries[2].After);
    }

    public static TheoryData<string> RefusedCrests() => [.. Refused.Keys];

    [SkippableTheory]
    [MemberData(nameof(RefusedCrests))]
    public async Task A_crest_that_fails_a_check_is_refused_beside_its_field_and_nothing_is_stored(string name)
    {
        var (world, lead) = await LeadAsync();
        var (file, expected) = Refused[name];

        var page = await lead.FollowAsync(await lead.SubmitFileAsync(await lead.OpenAsync(PageOf(world.InstitutionId)), "certificate-crest",
            UploadCrest.Field, "crest.png", file, "image/png"));

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Equal([expected], page.MessagesBeside(UploadCrest.Field));
        Assert.Equal((1, 0), await StoredAsync(world.InstitutionId));
    }

    static readonly Dictionary<string, (byte[] File, string Message)> Refused = new()
    {
        ["no file chosen"] = ([], UploadCrest.NoFileMessage),
        ["a GIF"] = ("GIF89a\x01\x00\x01\x00"u8.ToArray(), CrestImage.NotAnImage),
        ["a real PNG padded past 512 KB"] = ([.. CrestFiles.Png(8, 8), .. new byte[600 * 1024]], UploadCrest.TooBigMessage(CrestFiles.Png(8, 8).Length + 600 * 1024)),
        ["a PNG declaring 5,000 pixels a side"] = (CrestFiles.PngDeclaring(5000, 5000), CrestImage.TooLarge(5000, 5000)),
        ["a JPEG cut in half"] = (CrestFiles.TinyJpeg[..(CrestFiles.TinyJpeg.Length / 2)], CrestImage.Truncated),
        ["a PNG of zero height"] = (CrestFiles.PngDeclaring(10, 0), CrestImage.NoSize),
        ["a PNG whose image data is not compressed pixels"] = (CrestFiles.PngWithGarbageData(), UploadCrest.NotDrawableMessage),
    };

    [SkippableFact]
    public async Task An_upload_that_holds_more_than_it_declared_is_refused_after_reading_no_more_than_the_limit()
    {
        var world = await CompletionWorld.CreateAsync(Factory);
        var endless = new EndlessStream();
        var file = new LyingFile(endless, declaredLength: 100);

        var outcome = await Factory.AsAsync(world.Lead, services => services.GetRequiredService<UploadCrest.Handler>()
            .HandleAsync(new UploadCrest.Command(world.InstitutionId, 1, file), CancellationToken.None));

        Assert.Equal([UploadCrest.TooBigMessage(100)], outcome.Errors.Select(e => e.ErrorMessage));
        Assert.Equal(InstitutionCrest.MaxBytes + 1, endless.BytesRead);
    }

    // What an audit entry's before or after says, read back from its JSON.
    static IReadOnlyList<Signatory> Signatories(string? json) =>
        JsonSerializer.Deserialize<SetSignatories.Snapshot>(json!)!.Signatories;

    static string? Crest(string? json) => JsonSerializer.Deserialize<UploadCrest.Snapshot>(json!)!.Crest;

    async Task<(CompletionWorld World, Visitor Lead)> LeadAsync()
    {
        var world = await CompletionWorld.CreateAsync(Factory);
        var lead = NewVisitor();
        await lead.SignInAsync(world.Lead);
        return (world, lead);
    }

    static async Task<HtmlPage> UploadAsync(Visitor visitor, int institutionId, byte[] file, string fileName, string contentType) =>
        await visitor.FollowAsync(await visitor.SubmitFileAsync(await visitor.OpenAsync(PageOf(institutionId)), "certificate-crest",
            UploadCrest.Field, fileName, file, contentType));

    Task<Institution> InstitutionAsync(int id) => Factory.WithDatabaseAsync(db => db.Institutions.AsNoTracking().SingleAsync(i => i.Id == id));

    // The institution's version and how many crests it ever had: (1, 0) when nothing was ever saved.
    Task<(int Version, int Crests)> StoredAsync(int id) => Factory.WithDatabaseAsync(async db => (
        await db.Institutions.Where(i => i.Id == id).Select(i => i.Version).SingleAsync(),
        await db.InstitutionCrests.CountAsync(c => c.InstitutionId == id)));

    Task<List<AuditEntry>> AuditAsync(string institutionName) => Factory.WithDatabaseAsync(async db => (await db.AuditEntries.AsNoTracking()
        .Where(e => e.Subject == AuditSubject.Institution).OrderBy(e => e.Id).ToListAsync())
        .Where(e => e.SubjectArguments == System.Text.Json.JsonSerializer.Serialize(AuditSubjects.Institution(institutionName).Arguments)).ToList());

    // A file part whose declared length says less than its stream holds, as a hand-made IFormFile could.
    sealed class LyingFile(Stream content, long declaredLength) : IFormFile
    {
        public string ContentType => CrestImage.Png;
        public string ContentDisposition => "";
        public IHeaderDictionary Headers { get; } = new HeaderDictionary();
        public long Length => declaredLength;
        public string Name => UploadCrest.Field;
        public string FileName => "crest.png";
        public void CopyTo(Stream target) => content.CopyTo(target);
        public Task CopyToAsync(Stream target, CancellationToken cancellationToken = default) => content.CopyToAsync(target, cancellationToken);
        public Stream OpenReadStream() => content;
    }

    // Zeros without end, counting how many were read.
    sealed class EndlessStream : Stream
    {
        public long BytesRead { get; private set; }
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Clear(buffer, offset, count);
            BytesRead += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    public sealed class OnSqlite(SqliteLmsFactory factory) : CertificateSettingsTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : CertificateSettingsTests(factory), IClassFixture<PostgresLmsFactory>;
}
