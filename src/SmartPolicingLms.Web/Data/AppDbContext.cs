using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace SmartPolicingLms.Web.Data;

// One model, two providers: each subclass carries its own migrations, because SQLite's and PostgreSQL's
// column types and DDL differ. Code everywhere else uses this base type.
internal abstract class AppDbContext(DbContextOptions options)
    : IdentityDbContext<ApplicationUser>(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<Institution> Institutions => Set<Institution>();
    public DbSet<ProgramOfficerInstitution> ProgramOfficerInstitutions => Set<ProgramOfficerInstitution>();
    public DbSet<Course> Courses => Set<Course>();
    public DbSet<CourseVersion> CourseVersions => Set<CourseVersion>();
    public DbSet<CourseModule> CourseModules => Set<CourseModule>();
    public DbSet<CourseQuestion> CourseQuestions => Set<CourseQuestion>();
    public DbSet<CourseVersionFile> CourseVersionFiles => Set<CourseVersionFile>();
    public DbSet<CourseVersionEdition> CourseVersionEditions => Set<CourseVersionEdition>();
    public DbSet<EditionModule> EditionModules => Set<EditionModule>();
    public DbSet<EditionObjective> EditionObjectives => Set<EditionObjective>();
    public DbSet<EditionQuestion> EditionQuestions => Set<EditionQuestion>();
    public DbSet<EditionQuestionOption> EditionQuestionOptions => Set<EditionQuestionOption>();
    public DbSet<ImportRun> ImportRuns => Set<ImportRun>();
    public DbSet<PartnerOrganisation> PartnerOrganisations => Set<PartnerOrganisation>();
    public DbSet<CoTrainer> CoTrainers => Set<CoTrainer>();
    public DbSet<ContactView> ContactViews => Set<ContactView>();
    public DbSet<Cohort> Cohorts => Set<Cohort>();
    public DbSet<CohortInstructor> CohortInstructors => Set<CohortInstructor>();
    public DbSet<CohortSession> CohortSessions => Set<CohortSession>();
    public DbSet<SessionInstructor> SessionInstructors => Set<SessionInstructor>();
    public DbSet<SessionSlot> SessionSlots => Set<SessionSlot>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<InstructorCalendar> InstructorCalendars => Set<InstructorCalendar>();
    public DbSet<Enrollment> Enrollments => Set<Enrollment>();
    public DbSet<ModuleCompletion> ModuleCompletions => Set<ModuleCompletion>();
    public DbSet<SignInCode> SignInCodes => Set<SignInCode>();
    public DbSet<TestAttempt> TestAttempts => Set<TestAttempt>();
    public DbSet<TestAnswer> TestAnswers => Set<TestAnswer>();
    public DbSet<RollCall> RollCalls => Set<RollCall>();
    public DbSet<AttendanceRecord> AttendanceRecords => Set<AttendanceRecord>();
    public DbSet<AttendanceChange> AttendanceChanges => Set<AttendanceChange>();
    public DbSet<MakeUpSeat> MakeUpSeats => Set<MakeUpSeat>();
    public DbSet<CompletionRecord> CompletionRecords => Set<CompletionRecord>();
    public DbSet<Certificate> Certificates => Set<Certificate>();
    public DbSet<CertificateCounter> CertificateCounters => Set<CertificateCounter>();
    public DbSet<InstitutionCrest> InstitutionCrests => Set<InstitutionCrest>();
    public DbSet<CredentialSigningKey> CredentialSigningKeys => Set<CredentialSigningKey>();
    public DbSet<TrainingTarget> TrainingTargets => Set<TrainingTarget>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);

        builder.Entity<ApplicationUser>(user =>
        {
            user.Property(u => u.DisplayName).HasMaxLength(100);
            user.Property(u => u.ServiceNumber).HasMaxLength(50);
            user.Property(u => u.Language).HasMaxLength(8);
            user.HasIndex(u => new { u.InstitutionId, u.ServiceNumber }).IsUnique();
            user.HasOne<Institution>().WithMany().HasForeignKey(u => u.InstitutionId).OnDelete(DeleteBehavior.Restrict);
        });
    }

    // Instants are stored as UTC DateTime on both providers: Npgsql insists on UTC, and SQLite hands back
    // DateTimeKind.Unspecified, which this turns back into UTC.
    protected override void ConfigureConventions(ModelConfigurationBuilder configuration)
    {
        configuration.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        value => value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : DateTime.SpecifyKind(value, DateTimeKind.Utc),
        value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
