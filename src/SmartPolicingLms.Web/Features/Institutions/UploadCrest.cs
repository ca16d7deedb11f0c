using Microsoft.EntityFrameworkCore;

namespace SmartPolicingLms.Web.Features.Institutions;

// A new crest for the institution's certificates, replacing the one before (which stays stored for the certificates
// that print it). The file is checked before anything decodes it: its length as uploaded, then at most 512 KB read,
// then its type and pixel size from its own header (CrestImage); only then is it drawn once to be sure PDFs can show it.
internal static class UploadCrest
{
    // The form field, and the name every refusal is shown beside.
    public const string Field = "Crest";

    static readonly IStringLocalizer T = Localizers.For<InstitutionsStrings>();

    public static string NoFileMessage => T["Choose the crest's image file (PNG or JPEG) to upload."];
    public static string NotDrawableMessage =>
        T["The crest could not be drawn on a certificate; save it again as an ordinary PNG or JPEG and upload it."];

    public static string TooBigMessage(long bytes) =>
        T["The crest file is {0:N0} KB; it may be at most {1} KB. Save it smaller and upload it again.", (bytes + 1023) / 1024, InstitutionCrest.MaxBytes / 1024];

    internal sealed record Command(int InstitutionId, int Version, IFormFile? File);

    internal sealed record Snapshot(string Crest);

    internal sealed class Handler(AppDbContext db, InstitutionAccess access, CurrentPerson person, AuditLog audit, TimeProvider clock)
    {
        public async Task<Outcome<int>> HandleAsync(Command command, CancellationToken ct)
        {
            if (await access.CertificateRefusalAsync(command.InstitutionId, ct) is { } refusal)
                return Outcome<int>.Refused(refusal);
            if (command.File is not { Length: > 0 } file)
                return Outcome<int>.Invalid(Field, NoFileMessage);
            if (file.Length > InstitutionCrest.MaxBytes)
                return Outcome<int>.Invalid(Field, TooBigMessage(file.Length));
            await using var stream = file.OpenReadStream();
            if (await ReadAtMostAsync(stream, InstitutionCrest.MaxBytes, ct) is not { } content)
                return Outcome<int>.Invalid(Field, TooBigMessage(file.Length));
            var (image, problem) = CrestImage.Read(content);
            if (image is null)
                return Outcome<int>.Invalid(Field, problem!);
            if (!PdfImages.CanDraw(content))
                return Outcome<int>.Invalid(Field, NotDrawableMessage);

            var institution = await db.Institutions.SingleAsync(i => i.Id == command.InstitutionId, ct);
            if (institution.Version != command.Version)
                return Outcome<int>.Conflict(CertificateSettings.ConflictMessage);
            var before = await CrestAuditAsync(db, institution.CrestId, ct);
            var now = clock.GetUtcNow().UtcDateTime;
            var crest = InstitutionCrest.Upload(institution.Id, content, image.ContentType, image.Width, image.Height, person.UserId, now);

            // The institution points at the crest's id, so the crest is saved first; one transaction keeps both or
            // neither, and a conflict on the institution leaves no orphaned crest behind.
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            db.InstitutionCrests.Add(crest);
            await db.SaveChangesAsync(ct);
            institution.SetCrest(crest.Id, now);
            audit.Record(person.UserId, null, AuditSubjects.Institution(institution.Name), before is null ? AuditAction.CrestAdded : AuditAction.CrestReplaced,
                before, Describe(crest));
            if (!await db.TrySaveAsync(ct))
                return Outcome<int>.Conflict(CertificateSettings.ConflictMessage);
            await transaction.CommitAsync(ct);
            return Outcome<int>.Ok(institution.Version);
        }

        // Null when the upload holds more than max bytes, whatever length it declared.
        static async Task<byte[]?> ReadAtMostAsync(Stream stream, int max, CancellationToken ct)
        {
            var buffer = new byte[max + 1];
            var read = 0;
            int got;
            while (read < buffer.Length && (got = await stream.ReadAsync(buffer.AsMemory(read), ct)) > 0)
                read += got;
            return read > max ? null : buffer[..read];
        }
    }

    public static Snapshot Describe(InstitutionCrest crest) => new(Describe(crest.ContentType, crest.Width, crest.Height, crest.Content.Length));

    // Stored in the audit log as it is, so the words stay English there; ForReader is the page's wording.
    public static string Describe(string contentType, int width, int height, int bytes) =>
        $"{(contentType == CrestImage.Png ? "PNG" : "JPEG")}, {width} × {height} pixels, {(bytes + 1023) / 1024} KB";

    public static string ForReader(string contentType, int width, int height, int bytes) =>
        T["{0}, {1} × {2} pixels, {3} KB", contentType == CrestImage.Png ? "PNG" : "JPEG", width, height, (bytes + 1023) / 1024];

    public static async Task<Snapshot?> CrestAuditAsync(AppDbContext db, int? crestId, CancellationToken ct) =>
        crestId is not { } id ? null
        : await db.InstitutionCrests.AsNoTracking().Where(c => c.Id == id)
            .Select(c => new Snapshot(Describe(c.ContentType, c.Width, c.Height, c.Content.Length))).SingleAsync(ct);
}
