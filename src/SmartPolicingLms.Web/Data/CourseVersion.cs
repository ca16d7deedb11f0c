using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmartPolicingLms.Curricula.Model;

namespace SmartPolicingLms.Web.Data;

// One imported version of a course, stored whole and never changed afterwards:
// a cohort keeps the version it started with even after the Markdown moves on.
internal sealed class CourseVersion
{
    public int Id { get; init; }
    public required string CourseId { get; init; }
    public required int Number { get; init; }
    public required string VersionLabel { get; init; }
    public required string ContentHash { get; init; }
    public required string Title { get; init; }
    public required string Language { get; init; }
    public required Audience Audience { get; init; }
    public required string Summary { get; init; }
    public required string OverviewHtml { get; init; }
    public required string OriginInstitution { get; init; }
    public required string OriginCountry { get; init; }
    public required decimal DeclaredHours { get; init; }
    public required int HourMinutes { get; init; }
    public required int PassMarkPercent { get; init; }
    public required int AttendanceRequiredPercent { get; init; }
    public required int LateCreditPercent { get; init; }
    public required int PostTestAttempts { get; init; }
    // What its certificate says (course.md front matter); null on versions imported before courses declared it, whose
    // certificates use the LMS's general wording.
    public string? CertificateTitle { get; init; }
    public string? CertificateStatement { get; init; }
    public required string SourceFolder { get; init; }
    public required DateTime ImportedAt { get; init; }

    public List<CourseModule> Modules { get; init; } = [];
    public List<CourseQuestion> Questions { get; init; } = [];
    public List<CourseVersionFile> Files { get; init; } = [];
    // The same version in other languages (words only); the reference edition is the version itself, in Language.
    public List<CourseVersionEdition> Editions { get; init; } = [];
}

internal sealed class CourseVersionConfiguration : IEntityTypeConfiguration<CourseVersion>
{
    public void Configure(EntityTypeBuilder<CourseVersion> version)
    {
        version.HasOne<Course>().WithMany(c => c.Versions).HasForeignKey(v => v.CourseId);
        // The last guard against a double import: two imports racing for the next number cannot both win.
        version.HasIndex(v => new { v.CourseId, v.Number }).IsUnique();
        // Not unique: a course reverted to earlier content becomes a new version with that earlier hash.
        version.HasIndex(v => new { v.CourseId, v.ContentHash });
        // Text the curriculum author controls (titles, labels, paths) has no length limit here: the curricula
        // library decides what is valid, and a limit of our own would refuse a course it accepted.
        version.Property(v => v.CourseId).HasMaxLength(100);
        version.Property(v => v.ContentHash).HasMaxLength(64);
        version.Property(v => v.Audience).HasConversion<string>().HasMaxLength(40);
        version.Property(v => v.OriginCountry).HasMaxLength(2);
        version.Property(v => v.DeclaredHours).HasPrecision(6, 2);
    }
}

// The one pass-mark rule: a post-test score passes at or above the course's pass mark. No score never passes.
internal static class PassMark
{
    public static bool Passes(decimal? scorePercent, int passMarkPercent) => scorePercent is { } score && score >= passMarkPercent;
}
