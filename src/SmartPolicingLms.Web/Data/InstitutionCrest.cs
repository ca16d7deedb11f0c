using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SmartPolicingLms.Web.Data;

// An uploaded crest, never changed after upload: replacing a crest adds a row, so a certificate issued under the old
// crest still prints it. Only a PNG or JPEG that passed the size checks before it was decoded is stored.
internal sealed class InstitutionCrest
{
    public const int MaxBytes = 512 * 1024;
    public const int MaxSide = 2000;

    public int Id { get; private set; }
    public int InstitutionId { get; private set; }
    public byte[] Content { get; private set; } = [];
    // image/png or image/jpeg.
    public string ContentType { get; private set; } = "";
    public int Width { get; private set; }
    public int Height { get; private set; }
    public DateTime UploadedAt { get; private set; }
    public string UploadedByUserId { get; private set; } = "";

    public static InstitutionCrest Upload(int institutionId, byte[] content, string contentType, int width, int height, string by,
        DateTime now) => new()
    {
        InstitutionId = institutionId, Content = content, ContentType = contentType, Width = width, Height = height,
        UploadedByUserId = by, UploadedAt = now,
    };
}

internal sealed class InstitutionCrestConfiguration : IEntityTypeConfiguration<InstitutionCrest>
{
    public void Configure(EntityTypeBuilder<InstitutionCrest> crest)
    {
        crest.HasOne<Institution>().WithMany().HasForeignKey(c => c.InstitutionId).OnDelete(DeleteBehavior.Restrict);
        crest.HasOne<ApplicationUser>().WithMany().HasForeignKey(c => c.UploadedByUserId).OnDelete(DeleteBehavior.Restrict);
        crest.Property(c => c.ContentType).HasMaxLength(20);
    }
}
