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
    // Any signed-in person.
    static readonly Access SignedIn = new(SignIn, Ok, Ok, Ok, Ok, ChoosePassword);
    static readonly Access Administrators = new(SignIn, Ok, Denied, Denied, Denied, Denied);
    // A public Identity page that sends everyone on (a confirmation link opened without its code, say).
    static readonly Access PublicRedirect = new(Redirect, Redirect, Redirect, Redirect, Redirect, ChoosePassword);
    // A signed-in person's own account page that sends them on to the right one.
    static readonly Access OwnAccountRedirect = new(SignIn, Redirect, Redirect, Redirect, Redirect, ChoosePassword);
    // Endpoints reached by everyone that refuse the bare request made here (a missing form field or parameter).
    static readonly Access PublicBadRequest = new(BadRequest, BadRequest, BadRequest, BadRequest, BadRequest, ChoosePassword);

    public static readonly IReadOnlyDictionary<string, Access> Rows = new Dictionary<string, Access>
    {
        ["/"] = Public,
        ["/Error"] = Public,
        ["/not-found"] = Public,
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
        ["/admin/course-import"] = Administrators,

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
        ["/Account/PerformExternalLogin"] = PublicBadRequest,
        ["/Account/PasskeyRequestOptions"] = new(Ok, Ok, Ok, Ok, Ok, Ok),
        ["/Account/PasskeyCreationOptions"] = new(NotFound, Ok, Ok, Ok, Ok, Ok),

        ["/Account/Manage"] = SignedIn,
        ["/Account/Manage/ChangePassword"] = SignedIn,
        ["/Account/Manage/Email"] = SignedIn,
        ["/Account/Manage/PersonalData"] = SignedIn,
        ["/Account/Manage/DeletePersonalData"] = SignedIn,
        ["/Account/Manage/ExternalLogins"] = SignedIn,
        ["/Account/Manage/Passkeys"] = SignedIn,
        ["/Account/Manage/TwoFactorAuthentication"] = SignedIn,
        ["/Account/Manage/EnableAuthenticator"] = SignedIn,
        ["/Account/Manage/ResetAuthenticator"] = SignedIn,
        ["/Account/Manage/SetPassword"] = OwnAccountRedirect,
        ["/Account/Manage/RenamePasskey/{Id}"] = OwnAccountRedirect,
        // Nobody has two-factor sign-in on yet, so these send the person to the two-factor page.
        ["/Account/Manage/Disable2fa"] = OwnAccountRedirect,
        ["/Account/Manage/GenerateRecoveryCodes"] = OwnAccountRedirect,
        ["/Account/Manage/DownloadPersonalData"] = SignedIn,
        ["/Account/Manage/LinkExternalLogin"] = new(SignIn, BadRequest, BadRequest, BadRequest, BadRequest, ChoosePassword),
    };

    // Ownership: records of another institution than the visitor's. Only administrators see other institutions'
    // records today; later features (cohorts, results) add their rows here.
    internal sealed record OwnershipCase(string Pattern, string Parameter, Func<MatrixWorld, string> OtherInstitutionValue, Access Expected);

    public static readonly IReadOnlyList<OwnershipCase> OtherInstitutions =
    [
        new("/admin/accounts/{Id}", "Id", w => w.OtherInstitutionInstructor.Id, Administrators),
        new("/admin/institutions/{Id:int}/edit", "Id:int", w => w.OtherInstitution.ToString(), Administrators),
    ];
}
