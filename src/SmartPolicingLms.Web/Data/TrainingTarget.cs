using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SmartPolicingLms.Web.Data;

// How many officers an institution plans to train on a course in a calendar year, set by a program officer who follows
// it or an administrator. One per institution, course and year (the database holds to it), so two people setting the
// same target at once cannot both add one.
internal sealed class TrainingTarget
{
    public int Id { get; private set; }
    public int InstitutionId { get; private set; }
    public string CourseId { get; private set; } = "";
    public int Year { get; private set; }
    public int Officers { get; private set; }
    public int Version { get; private set; }
    public string UpdatedByUserId { get; private set; } = "";
    public DateTime UpdatedAt { get; private set; }

    public static TrainingTarget Create(int institutionId, string courseId, int year, int officers, string by, DateTime now) => new()
    {
        InstitutionId = institutionId, CourseId = courseId, Year = year, Officers = officers, Version = 1, UpdatedByUserId = by, UpdatedAt = now,
    };

    public void Change(int officers, string by, DateTime now)
    {
        (Officers, UpdatedByUserId, UpdatedAt) = (officers, by, now);
        Version++;
    }
}

internal sealed class TrainingTargetConfiguration : IEntityTypeConfiguration<TrainingTarget>
{
    public void Configure(EntityTypeBuilder<TrainingTarget> target)
    {
        target.HasOne<Institution>().WithMany().HasForeignKey(t => t.InstitutionId).OnDelete(DeleteBehavior.Restrict);
        target.HasOne<Course>().WithMany().HasForeignKey(t => t.CourseId).OnDelete(DeleteBehavior.Restrict);
        target.HasOne<ApplicationUser>().WithMany().HasForeignKey(t => t.UpdatedByUserId).OnDelete(DeleteBehavior.Restrict);
        target.Property(t => t.CourseId).HasMaxLength(100);
        target.HasIndex(t => new { t.InstitutionId, t.CourseId, t.Year }).IsUnique();
        target.Property(t => t.Version).IsConcurrencyToken();
    }
}
