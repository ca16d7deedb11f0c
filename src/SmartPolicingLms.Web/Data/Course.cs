using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SmartPolicingLms.Web.Data;

// A course as people know it across its versions; the versions hold the content.
internal sealed class Course
{
    public required string Id { get; init; }
    public required string Title { get; set; }
    public int LatestVersionNumber { get; set; }
    public DateTime CreatedAt { get; init; }
    public List<CourseVersion> Versions { get; } = [];
}

internal sealed class CourseConfiguration : IEntityTypeConfiguration<Course>
{
    public void Configure(EntityTypeBuilder<Course> course)
    {
        course.Property(c => c.Id).HasMaxLength(100);
    }
}
