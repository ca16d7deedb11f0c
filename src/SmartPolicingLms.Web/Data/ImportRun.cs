using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using SmartPolicingLms.Curricula.Diagnostics;

namespace SmartPolicingLms.Web.Data;

// Failed: the course was valid but could not be stored (a database error); the log has the details.
internal enum ImportOutcome { Imported, Unchanged, Refused, Failed }

// What one pass over the curricula folder did to each course folder, kept so administrators can see why a
// course was refused without reading the server log.
internal sealed class ImportRun
{
    public int Id { get; init; }
    public required DateTime StartedAt { get; init; }
    public DateTime FinishedAt { get; set; }
    public required string CurriculaFolder { get; init; }
    public string? StartedBy { get; init; }
    public List<ImportRunFolder> Folders { get; init; } = [];
}

internal sealed class ImportRunFolder
{
    public int Id { get; init; }
    public int ImportRunId { get; init; }
    public required string Folder { get; init; }
    public string? CourseId { get; init; }
    public int? VersionNumber { get; init; }
    public required ImportOutcome Outcome { get; init; }
    public List<ImportRunDiagnostic> Diagnostics { get; init; } = [];
}

internal sealed class ImportRunDiagnostic
{
    public int Id { get; init; }
    public int ImportRunFolderId { get; init; }
    public required string Code { get; init; }
    public required Severity Severity { get; init; }
    public required string File { get; init; }
    public required int Line { get; init; }
    public required int Column { get; init; }
    public required string Message { get; init; }
}

internal sealed class ImportRunConfiguration : IEntityTypeConfiguration<ImportRun>
{
    public void Configure(EntityTypeBuilder<ImportRun> run)
    {
        run.Property(r => r.StartedBy).HasMaxLength(256);
        run.HasMany(r => r.Folders).WithOne().HasForeignKey(f => f.ImportRunId);
    }
}

internal sealed class ImportRunFolderConfiguration : IEntityTypeConfiguration<ImportRunFolder>
{
    public void Configure(EntityTypeBuilder<ImportRunFolder> folder)
    {
        folder.Property(f => f.CourseId).HasMaxLength(100);
        folder.Property(f => f.Outcome).HasConversion<string>().HasMaxLength(20);
        folder.HasMany(f => f.Diagnostics).WithOne().HasForeignKey(d => d.ImportRunFolderId);
    }
}

internal sealed class ImportRunDiagnosticConfiguration : IEntityTypeConfiguration<ImportRunDiagnostic>
{
    public void Configure(EntityTypeBuilder<ImportRunDiagnostic> diagnostic)
    {
        diagnostic.Property(d => d.Severity).HasConversion<string>().HasMaxLength(10);
    }
}
