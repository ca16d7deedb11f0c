using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SmartPolicingLms.Web.Data;

// Every file of the course folder as it was imported, images included, so the version can be shown
// (and re-rendered) after the folder changes.
internal sealed class CourseVersionFile
{
    public int Id { get; init; }
    public int CourseVersionId { get; init; }
    public required string Path { get; init; }
    public required string Sha256 { get; init; }
    public required long Length { get; init; }
    public required byte[] Content { get; init; }
}

internal sealed class CourseVersionFileConfiguration : IEntityTypeConfiguration<CourseVersionFile>
{
    public void Configure(EntityTypeBuilder<CourseVersionFile> file)
    {
        file.HasOne<CourseVersion>().WithMany(v => v.Files).HasForeignKey(f => f.CourseVersionId);
        file.HasIndex(f => new { f.CourseVersionId, f.Path }).IsUnique();
        file.Property(f => f.Sha256).HasMaxLength(64);
    }
}
