using Microsoft.AspNetCore.Authorization;

namespace SmartPolicingLms.Web.Security;

// Pages and endpoints name one of these (or [Authorize] for any signed-in person, or [AllowAnonymous]),
// so the authorization matrix can read every endpoint's expectation from its metadata.
internal static class Policies
{
    public const string Administrators = nameof(Administrators);
    public const string ProgramOfficers = nameof(ProgramOfficers);
    public const string Instructors = nameof(Instructors);
    public const string Recruits = nameof(Recruits);
    // Cohort pages: which cohorts a person sees, and whether they may change one, is decided per cohort.
    public const string CohortViewers = nameof(CohortViewers);
    // Partner organisations and co-trainers are managed across institutions by these two roles.
    public const string PartnerManagers = nameof(PartnerManagers);
    // Administrators see every audit entry; program officers those of their institutions' cohorts and of partners.
    public const string AuditReaders = nameof(AuditReaders);
    // An institution's certificate settings: whether an instructor leads a cohort there is decided per institution
    // (InstitutionAccess).
    public const string CertificateSetters = nameof(CertificateSetters);
    // Reports and exports across cohorts: program officers over the institutions they follow, administrators over all
    // (ReportableCohorts).
    public const string Reporters = nameof(Reporters);
    // Staff sign in with an email and may add a second factor and passkeys; recruits sign in with their service number
    // and a password (or a one-time code) only, so those account pages refuse them.
    public const string Staff = nameof(Staff);
    // A calendar of one's own sessions: those an instructor teaches, those of a recruit's cohorts.
    public const string CalendarReaders = nameof(CalendarReaders);

    public static AuthorizationBuilder AddLmsPolicies(this AuthorizationBuilder authorization) => authorization
        // Anything that forgets to say who may use it is closed to anonymous visitors.
        .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
        .AddPolicy(Administrators, policy => policy.RequireRole(Roles.Administrator))
        .AddPolicy(ProgramOfficers, policy => policy.RequireRole(Roles.ProgramOfficer))
        .AddPolicy(Instructors, policy => policy.RequireRole(Roles.Instructor))
        .AddPolicy(Recruits, policy => policy.RequireRole(Roles.Recruit))
        .AddPolicy(CohortViewers, policy => policy.RequireRole(Roles.Instructor, Roles.ProgramOfficer, Roles.Administrator))
        .AddPolicy(PartnerManagers, policy => policy.RequireRole(Roles.ProgramOfficer, Roles.Administrator))
        .AddPolicy(AuditReaders, policy => policy.RequireRole(Roles.ProgramOfficer, Roles.Administrator))
        .AddPolicy(CertificateSetters, policy => policy.RequireRole(Roles.Instructor, Roles.Administrator))
        .AddPolicy(Reporters, policy => policy.RequireRole(Roles.ProgramOfficer, Roles.Administrator))
        .AddPolicy(Staff, policy => policy.RequireRole(Roles.Administrator, Roles.ProgramOfficer, Roles.Instructor))
        .AddPolicy(CalendarReaders, policy => policy.RequireRole(Roles.Instructor, Roles.Recruit));
}
