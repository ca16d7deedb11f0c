using static SmartPolicingLms.Web.Tests.Authorization.Outcome;

namespace SmartPolicingLms.Web.Tests.Authorization;

// What each kind of visitor gets from each endpoint: the spec the authorization matrix holds the app to.
// A new endpoint fails AccessTableTests until it has a row here; a later feature adds its rows with its pages.
internal static class AccessTable
{
    internal sealed record Access(
        Outcome Anonymous, Outcome Administrator, Outcome ProgramOfficer, Outcome Instructor, Outcome Recruit,
        Outcome MustChoosePassword)
    {
        public Outcome For(string visitor) => visitor switch
        {
            MatrixWorld.Anonymous => Anonymous,
            nameof(Administrator) => Administrator,
            nameof(ProgramOfficer) => ProgramOfficer,
            nameof(Instructor) => Instructor,
            nameof(Recruit) => Recruit,
            MatrixWorld.MustChoosePassword => MustChoosePassword,
            _ => throw new ArgumentOutOfRangeException(nameof(visitor), visitor, null),
        };
    }

    // Open to anyone; someone still holding a one-time code is sent to choose a password first.
    static readonly Access Public = new(Ok, Ok, Ok, Ok, Ok, ChoosePassword);
    // Open to anyone, answering 404 for the bare address the matrix asks (an unknown certificate code).
    static readonly Access PublicNotFound = new(NotFound, NotFound, NotFound, NotFound, NotFound, ChoosePassword);
    // Any signed-in person.
    static readonly Access SignedIn = new(SignIn, Ok, Ok, Ok, Ok, ChoosePassword);
    static readonly Access Administrators = new(SignIn, Ok, Denied, Denied, Denied, Denied);
    // A public Identity page that sends everyone on (a confirmation link opened without its code, say).
    static readonly Access PublicRedirect = new(Redirect, Redirect, Redirect, Redirect, Redirect, ChoosePassword);
    // A signed-in person's own account page that sends them on to the right one.
    static readonly Access OwnAccountRedirect = new(SignIn, Redirect, Redirect, Redirect, Redirect, ChoosePassword);
    // A second factor and passkeys: staff accounts only; a recruit signs in with a service number and a password.
    static readonly Access StaffAccount = SignedIn with { Recruit = Denied };
    static readonly Access StaffAccountRedirect = OwnAccountRedirect with { Recruit = Denied };
    // Endpoints reached by everyone that refuse the bare request made here (a missing form field or parameter).
    static readonly Access PublicBadRequest = new(BadRequest, BadRequest, BadRequest, BadRequest, BadRequest, ChoosePassword);
    // Pages of instructors' own work (a new cohort, their calendar, the calendar link of a cohort they teach).
    static readonly Access InstructorsOnly = new(SignIn, Denied, Denied, Ok, Denied, ChoosePassword);
    // A cohort the visitor may see: its institution's instructors, the program officers following it, administrators.
    static readonly Access CohortViewers = new(SignIn, Ok, Ok, Ok, Denied, ChoosePassword);
    // A cohort's forms: open to its own instructors; those who may only view it are refused (403).
    static readonly Access CohortChangers = new(SignIn, Denied, Denied, Ok, Denied, ChoosePassword);
    // Partner organisations, co-trainers and the audit log, across institutions.
    static readonly Access PartnerManagers = new(SignIn, Ok, Ok, Denied, Denied, Denied);
    // Calendar apps send no cookies: the secret token in the address is the only key, whoever asks.
    static readonly Access SecretLink = new(Ok, Ok, Ok, Ok, Ok, Ok);
    // The program officer's desk: reports, targets and exports across cohorts, for program officers over the
    // institutions they follow and administrators over all. The bare address covers every cohort the visitor reports
    // on; another institution's is refused in Reports/ReportAccessTests and Exports/RegisterTests.
    static readonly Access Reporters = new(SignIn, Ok, Ok, Denied, Denied, Denied);
    // A recruit's own learning pages.
    static readonly Access RecruitsOnly = new(SignIn, Denied, Denied, Denied, Ok, Denied);
    // Results show recruits' scores: the cohort's instructors and the program officers following its institution;
    // administrators run the installation and do not need them.
    static readonly Access ResultReaders = new(SignIn, Denied, Ok, Ok, Denied, ChoosePassword);

    // The program officer's certificate exports: program officers and administrators, nobody else; the bare address the
    // matrix asks covers no certificate, which answers 404.
    static readonly Access CertificateExports = new(SignIn, NotFound, NotFound, Denied, Denied, Denied);

    public static readonly IReadOnlyDictionary<string, Access> Rows = new Dictionary<string, Access>
    {
        // A recruit's home is their training: "/" sends them to /learn.
        ["/"] = Public with { Recruit = Redirect },
        ["/Error"] = Public,
        ["/not-found"] = Public,
        // Anyone holding a certificate checks it here, with no account.
        ["/verify"] = Public,
        ["/verify/{Code}"] = PublicNotFound,
        // A certificate that does not exist (the matrix's world closes no cohort): signed-in people all get 404; the
        // recruit's own and the cohort viewers' access is in Certificates/CertificatePdfTests.
        ["/certificates/{id:int}/pdf"] = new(SignIn, NotFound, NotFound, NotFound, NotFound, ChoosePassword),
        // Its Open Badges credential follows the same rule (Credentials/CredentialTests has the recruit's own and the
        // cohort's instructor's).
        ["/certificates/{id:int}/credential"] = new(SignIn, NotFound, NotFound, NotFound, NotFound, ChoosePassword),
        // What a verifier fetches to check a credential, with no account; like /health, even someone who must still
        // choose a password gets them (no page of the LMS is shown).
        ["/credentials/issuer"] = new(Ok, Ok, Ok, Ok, Ok, Ok),
        ["/credentials/jwks.json"] = new(Ok, Ok, Ok, Ok, Ok, Ok),
        // Outside the sign-in rules so a load balancer can probe it; says only Healthy or Unhealthy.
        ["/health"] = new(Ok, Ok, Ok, Ok, Ok, Ok),
        // Blazor's redirect after an enhanced form post; a bare GET without its token is refused.
        ["/_framework/opaque-redirect"] = PublicBadRequest,

        ["/first-sign-in"] = new(SignIn, Ok, Ok, Ok, Ok, Ok),

        ["/catalogue"] = SignedIn,
        ["/catalogue/{CourseId}"] = SignedIn,
        ["/catalogue/{CourseId}/versions/{Number:int}"] = SignedIn,
        ["/catalogue/{CourseId}/versions/{Number:int}/modules/{ModuleKey}"] = SignedIn,
        ["/course-files/{courseId}/{contentHash}/{**path}"] = SignedIn,

        ["/admin/institutions"] = Administrators,
        ["/admin/institutions/new"] = Administrators,
        ["/admin/institutions/{Id:int}/edit"] = Administrators,
        ["/admin/accounts"] = Administrators,
        ["/admin/accounts/new"] = Administrators,
        ["/admin/accounts/{Id}"] = Administrators,
        ["/admin/accounts/{Id}/edit"] = Administrators,
        ["/admin/course-import"] = Administrators,
        ["/admin/credential-keys"] = Administrators,
        // What an institution's certificates print: administrators, and its instructors who lead one of its cohorts (the
        // matrix's instructor leads its cohort; one who leads none is refused in CertificateSettingsAccessTests).
        ["/institutions/{Id:int}/certificate"] = new(SignIn, Ok, Denied, Ok, Denied, ChoosePassword),

        ["/partners"] = PartnerManagers,
        ["/partners/new"] = PartnerManagers,
        ["/partners/{OrganisationId:int}"] = PartnerManagers,
        ["/partners/{OrganisationId:int}/edit"] = PartnerManagers,
        ["/partners/{OrganisationId:int}/contact"] = PartnerManagers,
        ["/partners/{OrganisationId:int}/co-trainers/new"] = PartnerManagers,
        ["/partners/{OrganisationId:int}/co-trainers/{CoTrainerId:int}/edit"] = PartnerManagers,
        ["/partners/{OrganisationId:int}/co-trainers/{CoTrainerId:int}/contact"] = PartnerManagers,
        ["/partners/{OrganisationId:int}/co-trainers/{CoTrainerId:int}/remove"] = PartnerManagers,
        ["/audit"] = PartnerManagers,
        // Reports and targets over the institutions a program officer follows, and all for administrators
        // (ReportableCohorts); the institution refused by its id is in Reports/ReportAccessTests.
        ["/reports"] = Reporters,
        ["/reports/targets"] = Reporters,

        ["/cohorts"] = CohortViewers,
        ["/cohorts/new"] = InstructorsOnly,
        ["/cohorts/{Id:int}"] = CohortViewers,
        ["/cohorts/{Id:int}/edit"] = CohortChangers,
        ["/cohorts/{Id:int}/schedule"] = CohortChangers,
        ["/cohorts/{Id:int}/sessions/new"] = CohortChangers,
        ["/cohorts/{Id:int}/sessions/{SessionId:int}"] = CohortChangers,
        ["/cohorts/{Id:int}/slots/{SlotId:int}"] = CohortChangers,
        ["/cohorts/{Id:int}/slots"] = CohortChangers,

        ["/code"] = Public,
        ["/learn"] = RecruitsOnly,
        ["/learn/join"] = RecruitsOnly,
        ["/learn/cohorts/{CohortId:int}/modules/{ModuleKey}"] = RecruitsOnly,
        ["/learn/cohorts/{CohortId:int}/tests/{Kind}"] = RecruitsOnly,
        ["/learn/cohorts/{CohortId:int}/tests/{Kind}/q/{Number:int}"] = RecruitsOnly,
        ["/learn/cohorts/{CohortId:int}/tests/{Kind}/review"] = RecruitsOnly,
        // The matrix cohort is not closed, so its post-test is not over: the recruit's own answers are refused (403).
        ["/learn/cohorts/{CohortId:int}/tests/post/answers"] = RecruitsOnly with { Recruit = Denied },
        ["/cohorts/{Id:int}/recruits"] = CohortViewers,
        ["/cohorts/{Id:int}/recruits/{EnrollmentId:int}"] = CohortViewers,
        ["/cohorts/{Id:int}/recruits/import"] = CohortChangers,
        ["/cohorts/{Id:int}/results"] = ResultReaders,
        ["/cohorts/{Id:int}/tests"] = InstructorsOnly,
        ["/cohorts/{Id:int}/tests/recruits/{EnrollmentId:int}"] = InstructorsOnly,
        ["/cohorts/{Id:int}/tests/recruits/{EnrollmentId:int}/paper/{Kind}"] = InstructorsOnly,

        // Roll call.
        ["/cohorts/{Id:int}/sessions/{SessionId:int}/roll-call"] = CohortChangers,
        // Sign-in sheets and attendance import.
        ["/cohorts/{Id:int}/sessions/{SessionId:int}/sign-in-sheet.pdf"] = CohortChangers,
        ["/cohorts/{Id:int}/sessions/{SessionId:int}/attendance.csv"] = CohortChangers,
        ["/cohorts/{Id:int}/sessions/{SessionId:int}/attendance/import"] = CohortChangers,
        // Make-up sessions and transfers.
        ["/cohorts/{Id:int}/make-up/new"] = CohortChangers,
        // The matrix's session is a regular one: this page exists only for make-up sessions, so it answers 404 even to
        // the cohort's instructors (MakeUpTests covers a real make-up session: 200, 403 and 404).
        ["/cohorts/{Id:int}/sessions/{SessionId:int}/make-up"] = new(SignIn, NotFound, NotFound, NotFound, Denied, ChoosePassword),
        ["/cohorts/{Id:int}/recruits/{EnrollmentId:int}/transfer"] = CohortChangers,
        // Completion, the cohort board and closing.
        ["/learn/cohorts/{CohortId:int}/progress"] = RecruitsOnly,
        ["/cohorts/{Id:int}/board"] = ResultReaders,
        ["/cohorts/{Id:int}/close"] = CohortChangers,
        // Certificates: seen by those who see results and by administrators; revoking and re-issuing is checked per
        // cohort (administrators and its leads) in Certificates/RevocationTests.
        ["/cohorts/{Id:int}/certificates"] = CohortViewers,
        // Bulk certificate exports over the whole scope a program officer or administrator reports on: the matrix's world
        // closes no cohort, so there is nothing standing to export (404); exports themselves are in
        // CertificateExport/CertificateExportTests.
        ["/exports/certificates.zip"] = CertificateExports,
        ["/exports/certificates.pdf"] = CertificateExports,

        // The program officer's exports.
        ["/exports"] = Reporters,
        ["/exports/register.csv"] = Reporters,
        ["/exports/register.xlsx"] = Reporters,
        ["/exports/register.pdf"] = Reporters,
        ["/exports/results-dataset.zip"] = Reporters,

        // The week and month of one's own sessions: an instructor's teaching (with the subscription links), a recruit's
        // cohorts.
        ["/calendar/mine"] = InstructorsOnly with { Recruit = Ok },
        ["/calendar/cohorts/{CohortId:int}"] = InstructorsOnly,
        ["/calendar/cohort/{token}.ics"] = SecretLink,
        ["/calendar/instructor/{token}.ics"] = SecretLink,

        ["/Account/Login"] = Public,
        ["/Account/Lockout"] = Public,
        ["/Account/AccessDenied"] = Public,
        ["/Account/InvalidUser"] = Public,
        ["/Account/ForgotPassword"] = Public,
        ["/Account/ForgotPasswordConfirmation"] = Public,
        ["/Account/InvalidPasswordReset"] = Public,
        ["/Account/ResetPasswordConfirmation"] = Public,
        ["/Account/ResendEmailConfirmation"] = Public,
        // Self-registration is closed: the page only says so (RegistrationTests).
        ["/Account/Register"] = Public,
        ["/Account/RegisterConfirmation"] = PublicRedirect,
        ["/Account/ConfirmEmail"] = PublicRedirect,
        ["/Account/ConfirmEmailChange"] = PublicRedirect,
        ["/Account/ExternalLogin"] = PublicRedirect,
        ["/Account/ResetPassword"] = PublicRedirect,
        // Without a pending two-factor sign-in these send the visitor back to the sign-in page.
        ["/Account/LoginWith2fa"] = PublicRedirect,
        ["/Account/LoginWithRecoveryCode"] = PublicRedirect,
        // POST-only endpoints, posted with the visitor's antiforgery token and returnUrl.
        ["/Account/Logout"] = new(Redirect, Redirect, Redirect, Redirect, Redirect, Redirect),
        // The header's language switch: anyone, even someone who must still choose a password, goes back where they were.
        ["/language"] = new(Redirect, Redirect, Redirect, Redirect, Redirect, Redirect),
        ["/Account/PerformExternalLogin"] = PublicBadRequest,
        ["/Account/PasskeyRequestOptions"] = new(Ok, Ok, Ok, Ok, Ok, Ok),
        ["/Account/PasskeyCreationOptions"] = new(NotFound, Ok, Ok, Ok, Ok, Ok),

        ["/Account/Manage"] = SignedIn,
        ["/Account/Manage/ChangePassword"] = SignedIn,
        ["/Account/Manage/Email"] = SignedIn,
        ["/Account/Manage/PersonalData"] = SignedIn,
        ["/Account/Manage/DeletePersonalData"] = SignedIn,
        ["/Account/Manage/ExternalLogins"] = SignedIn,
        ["/Account/Manage/Passkeys"] = StaffAccount,
        ["/Account/Manage/TwoFactorAuthentication"] = StaffAccount,
        ["/Account/Manage/EnableAuthenticator"] = StaffAccount,
        ["/Account/Manage/ResetAuthenticator"] = StaffAccount,
        ["/Account/Manage/SetPassword"] = OwnAccountRedirect,
        ["/Account/Manage/RenamePasskey/{Id}"] = StaffAccountRedirect,
        // Nobody has two-factor sign-in on yet, so these send the person to the two-factor page.
        ["/Account/Manage/Disable2fa"] = StaffAccountRedirect,
        ["/Account/Manage/GenerateRecoveryCodes"] = StaffAccountRedirect,
        ["/Account/Manage/DownloadPersonalData"] = SignedIn,
        ["/Account/Manage/LinkExternalLogin"] = new(SignIn, BadRequest, BadRequest, BadRequest, BadRequest, ChoosePassword),
    };

    // Ownership: records of another institution than the visitor's, answered as if they did not exist. Only
    // administrators see other institutions' records, and even they only view cohorts, never change them.
    internal sealed record OwnershipCase(string Pattern, Func<MatrixWorld, IReadOnlyDictionary<string, string>> OtherInstitutionValues,
        Access Expected);

    static Func<MatrixWorld, IReadOnlyDictionary<string, string>> Values(params (string Parameter, Func<MatrixWorld, object> Value)[] values) =>
        world => values.ToDictionary(v => v.Parameter, v => v.Value(world).ToString()!);

    static readonly Access OtherInstitutionsCohort = new(SignIn, Ok, NotFound, NotFound, Denied, ChoosePassword);
    static readonly Access OtherInstitutionsCohortForm = new(SignIn, Denied, NotFound, NotFound, Denied, ChoosePassword);

    public static readonly IReadOnlyList<OwnershipCase> OtherInstitutions =
    [
        new("/admin/accounts/{Id}", Values(("Id", w => w.OtherInstitutionInstructor.Id)), Administrators),
        new("/admin/institutions/{Id:int}/edit", Values(("Id:int", w => w.OtherInstitution)), Administrators),
        new("/institutions/{Id:int}/certificate", Values(("Id:int", w => w.OtherInstitution)), new(SignIn, Ok, Denied, NotFound, Denied, ChoosePassword)),
        new("/cohorts/{Id:int}", Values(("Id:int", w => w.OtherCohort)), OtherInstitutionsCohort),
        new("/cohorts/{Id:int}/edit", Values(("Id:int", w => w.OtherCohort)), OtherInstitutionsCohortForm),
        new("/cohorts/{Id:int}/schedule", Values(("Id:int", w => w.OtherCohort)), OtherInstitutionsCohortForm),
        new("/cohorts/{Id:int}/sessions/new", Values(("Id:int", w => w.OtherCohort)), OtherInstitutionsCohortForm),
        new("/cohorts/{Id:int}/sessions/{SessionId:int}", Values(("Id:int", w => w.OtherCohort), ("SessionId:int", w => w.OtherSession)),
            OtherInstitutionsCohortForm),
        new("/cohorts/{Id:int}/slots/{SlotId:int}", Values(("Id:int", w => w.OtherCohort), ("SlotId:int", w => w.OtherSlot)),
            OtherInstitutionsCohortForm),
        new("/cohorts/{Id:int}/slots", Values(("Id:int", w => w.OtherCohort)), OtherInstitutionsCohortForm),
        new("/cohorts/{Id:int}/recruits", Values(("Id:int", w => w.OtherCohort)), OtherInstitutionsCohort),
        new("/cohorts/{Id:int}/recruits/import", Values(("Id:int", w => w.OtherCohort)), OtherInstitutionsCohortForm),
        new("/cohorts/{Id:int}/results", Values(("Id:int", w => w.OtherCohort)), new(SignIn, Denied, NotFound, NotFound, Denied, ChoosePassword)),
        new("/cohorts/{Id:int}/tests", Values(("Id:int", w => w.OtherCohort)), new(SignIn, Denied, Denied, NotFound, Denied, ChoosePassword)),
        // A recruit reaches only the cohorts they are enrolled in; any other is answered as if it did not exist.
        new("/learn/cohorts/{CohortId:int}/modules/{ModuleKey}", Values(("CohortId:int", w => w.OtherCohort)), new(SignIn, Denied, Denied, Denied, NotFound, Denied)),
        // The test pages refuse (403) rather than hide: a recruit not enrolled there is told they cannot take it.
        new("/learn/cohorts/{CohortId:int}/tests/{Kind}", Values(("CohortId:int", w => w.OtherCohort)), RecruitsOnly with { Recruit = Denied }),
        new("/learn/cohorts/{CohortId:int}/tests/post/answers", Values(("CohortId:int", w => w.OtherCohort)), RecruitsOnly with { Recruit = Denied }),
        new("/calendar/cohorts/{CohortId:int}", Values(("CohortId:int", w => w.OtherCohort)),
            new(SignIn, Denied, Denied, NotFound, Denied, ChoosePassword)),
        // Roll call (other institution).
        new("/cohorts/{Id:int}/sessions/{SessionId:int}/roll-call", Values(("Id:int", w => w.OtherCohort), ("SessionId:int", w => w.OtherSession)),
            OtherInstitutionsCohortForm),
        // Sign-in sheets and attendance import (other institution).
        new("/cohorts/{Id:int}/sessions/{SessionId:int}/sign-in-sheet.pdf",
            Values(("Id:int", w => w.OtherCohort), ("SessionId:int", w => w.OtherSession)), OtherInstitutionsCohortForm),
        new("/cohorts/{Id:int}/sessions/{SessionId:int}/attendance.csv",
            Values(("Id:int", w => w.OtherCohort), ("SessionId:int", w => w.OtherSession)), OtherInstitutionsCohortForm),
        new("/cohorts/{Id:int}/sessions/{SessionId:int}/attendance/import",
            Values(("Id:int", w => w.OtherCohort), ("SessionId:int", w => w.OtherSession)), OtherInstitutionsCohortForm),
        // Another institution's session under one's own cohort's id is not found either.
        new("/cohorts/{Id:int}/sessions/{SessionId:int}/sign-in-sheet.pdf",
            Values(("Id:int", w => w.Cohort), ("SessionId:int", w => w.OtherSession)), new(SignIn, NotFound, NotFound, NotFound, Denied, ChoosePassword)),
        // Make-up sessions and transfers (other institution).
        new("/cohorts/{Id:int}/make-up/new", Values(("Id:int", w => w.OtherCohort)), OtherInstitutionsCohortForm),
        new("/cohorts/{Id:int}/sessions/{SessionId:int}/make-up", Values(("Id:int", w => w.OtherCohort), ("SessionId:int", w => w.OtherSession)),
            new(SignIn, NotFound, NotFound, NotFound, Denied, ChoosePassword)),
        // The matrix cohort's recruit, asked for under institution B's cohort: not found for everyone.
        new("/cohorts/{Id:int}/recruits/{EnrollmentId:int}/transfer", Values(("Id:int", w => w.OtherCohort)),
            new(SignIn, NotFound, NotFound, NotFound, Denied, ChoosePassword)),
        // Completion, the cohort board and closing (other institution).
        new("/learn/cohorts/{CohortId:int}/progress", Values(("CohortId:int", w => w.OtherCohort)), new(SignIn, Denied, Denied, Denied, NotFound, Denied)),
        new("/cohorts/{Id:int}/board", Values(("Id:int", w => w.OtherCohort)), new(SignIn, Denied, NotFound, NotFound, Denied, ChoosePassword)),
        new("/cohorts/{Id:int}/close", Values(("Id:int", w => w.OtherCohort)), OtherInstitutionsCohortForm),
    ];
}
