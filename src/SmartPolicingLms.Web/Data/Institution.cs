using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SmartPolicingLms.Web.Data;

internal sealed class Institution
{
    public int Id { get; private set; }
    public string Name { get; private set; } = "";
    // ISO 3166-1 alpha-2, upper case.
    public string CountryCode { get; private set; } = "";
    // IANA id; sessions are scheduled in the institution's local time and stored as UTC.
    public string TimeZoneId { get; private set; } = "";
    // The first part of its certificates' serials (KGZ-ACAD in KGZ-ACAD-2026-00042); until one is set, the country
    // and the institution's number stand in.
    public string? CertificateCode { get; private set; }
    // Who signs its certificates (none until set: a certificate then prints no signature lines).
    public IReadOnlyList<Signatory> Signatories { get; private set; } = [];
    // The crest its certificates print, if any (InstitutionCrest rows are kept: issued certificates point at theirs).
    public int? CrestId { get; private set; }
    // The interface language (en, ru, ky) of its instructors and recruits who have not chosen one; null: each
    // person's browser decides.
    public string? DefaultLanguage { get; private set; }
    // Application-managed concurrency token: SQLite has no rowversion.
    public int Version { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime UpdatedAt { get; private set; }

    public static Institution Create(string name, string countryCode, string timeZoneId, string? certificateCode, DateTime now) => new()
    {
        CertificateCode = CodeOrNull(certificateCode),
        Name = name.Trim(),
        CountryCode = countryCode.Trim().ToUpperInvariant(),
        TimeZoneId = timeZoneId.Trim(),
        Version = 1,
        CreatedAt = now,
        UpdatedAt = now,
    };

    public string CertificatePrefix => CertificateCode ?? $"{CountryCode}-{Id}";

    public void Update(string name, string countryCode, string timeZoneId, string? certificateCode, DateTime now)
    {
        CertificateCode = CodeOrNull(certificateCode);
        Name = name.Trim();
        CountryCode = countryCode.Trim().ToUpperInvariant();
        TimeZoneId = timeZoneId.Trim();
        Version++;
        UpdatedAt = now;
    }

    public void SetSignatories(IReadOnlyList<Signatory> signatories, DateTime now)
    {
        Signatories = [.. signatories.Select(s => new Signatory(s.Name.Trim(), s.Title.Trim()))];
        Version++;
        UpdatedAt = now;
    }

    public void SetDefaultLanguage(string? language, DateTime now)
    {
        DefaultLanguage = language;
        Version++;
        UpdatedAt = now;
    }

    public void SetCrest(int? crestId, DateTime now)
    {
        CrestId = crestId;
        Version++;
        UpdatedAt = now;
    }

    static string? CodeOrNull(string? code) => string.IsNullOrWhiteSpace(code) ? null : code.Trim().ToUpperInvariant();
}

internal sealed class ProgramOfficerInstitution
{
    public required string UserId { get; init; }
    public required int InstitutionId { get; init; }
}

internal sealed class InstitutionConfiguration : IEntityTypeConfiguration<Institution>
{
    public void Configure(EntityTypeBuilder<Institution> institution)
    {
        institution.Property(i => i.Name).HasMaxLength(200);
        institution.Property(i => i.CountryCode).HasMaxLength(2);
        institution.Property(i => i.TimeZoneId).HasMaxLength(64);
        institution.Property(i => i.Version).IsConcurrencyToken();
        institution.HasIndex(i => i.Name).IsUnique();
        institution.Property(i => i.CertificateCode).HasMaxLength(20);
        institution.Property(i => i.DefaultLanguage).HasMaxLength(8);
        institution.HasIndex(i => i.CertificateCode).IsUnique();
        institution.Property(i => i.Signatories).AsSignatoriesJson();
        institution.HasOne<InstitutionCrest>().WithMany().HasForeignKey(i => i.CrestId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ProgramOfficerInstitutionConfiguration : IEntityTypeConfiguration<ProgramOfficerInstitution>
{
    public void Configure(EntityTypeBuilder<ProgramOfficerInstitution> assignment)
    {
        assignment.HasKey(a => new { a.UserId, a.InstitutionId });
        assignment.HasOne<ApplicationUser>().WithMany().HasForeignKey(a => a.UserId);
        assignment.HasOne<Institution>().WithMany().HasForeignKey(a => a.InstitutionId);
    }
}
