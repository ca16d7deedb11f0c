using Microsoft.EntityFrameworkCore;

namespace SmartPolicingLms.Web.Features.Institutions;

// What an institution's certificates print from now on: its signatories and its crest, for the settings page.
internal sealed class CertificateSettings(AppDbContext db, InstitutionAccess access)
{
    static readonly IStringLocalizer T = Localizers.For<InstitutionsStrings>();

    public static string ConflictMessage =>
        T["Someone else changed this institution's certificate while you were working on it. The page now shows their version; make your change again."];

    internal sealed record Crest(string ContentType, int Width, int Height, int Bytes, string DataUri);

    internal sealed record Model(int InstitutionId, string Name, int Version, IReadOnlyList<Signatory> Signatories, Crest? Crest);

    public async Task<(Model? Settings, Refusal? Refusal)> HandleAsync(int institutionId, CancellationToken ct)
    {
        if (await access.CertificateRefusalAsync(institutionId, ct) is { } refusal)
            return (null, refusal);
        var institution = await db.Institutions.AsNoTracking().SingleAsync(i => i.Id == institutionId, ct);
        var crest = institution.CrestId is not { } crestId ? null
            : await db.InstitutionCrests.AsNoTracking().Where(c => c.Id == crestId)
                .Select(c => new { c.ContentType, c.Width, c.Height, c.Content }).SingleAsync(ct);
        return (new Model(institution.Id, institution.Name, institution.Version, institution.Signatories, crest is null ? null
            : new Crest(crest.ContentType, crest.Width, crest.Height, crest.Content.Length,
                $"data:{crest.ContentType};base64,{Convert.ToBase64String(crest.Content)}")), null);
    }
}
