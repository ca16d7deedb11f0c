using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace SmartPolicingLms.Web.Security;

// Who is asking: read once per request from the sign-in cookie and the database (CurrentPersonMiddleware), never from
// a form. Handlers and pages inject it; nobody passes "the person asking" around.
internal sealed class CurrentPerson
{
    public string UserId { get; private set; } = "";
    public bool IsSignedIn => UserId.Length > 0;
    public bool IsAdministrator { get; private set; }
    public bool IsProgramOfficer { get; private set; }
    public bool IsInstructor { get; private set; }
    public bool IsRecruit { get; private set; }
    // The one institution of an instructor or a recruit; null for program officers and administrators.
    public int? InstitutionId { get; private set; }
    // The institutions a program officer follows; empty for everyone else.
    public IReadOnlySet<int> FollowedInstitutionIds { get; private set; } = new HashSet<int>();
    // Where the person works, as the menu names it: their institution's name, or those a program officer follows.
    // Read here, before the page renders, because the menu and the page render at once and must not share a query.
    public string? WorkPlace { get; private set; }

    // The language the person chose for the interface, and their institution's default; null when not set
    // (LanguageChoice falls back to the cookie and the browser).
    public string? Language { get; private set; }
    public string? InstitutionLanguage { get; private set; }

    // Instructors work for their own institution's cohorts; program officers read those of the institutions they follow.
    public bool InstructsAt(int institutionId) => IsInstructor && InstitutionId == institutionId;
    public bool Follows(int institutionId) => IsProgramOfficer && FollowedInstitutionIds.Contains(institutionId);
    // Facilitator notes, session plans and the legal review state of a course are for the people who teach and plan
    // cohorts; a recruit (and anyone with no other role) sees modules as recruits do.
    public bool SeesInstructorContent => IsInstructor || IsProgramOfficer || IsAdministrator;

    // False when the cookie no longer stands: its account is gone, or the account's security stamp has changed since
    // it was issued (a sign-out, a reset sign-in). Checked here, on every request, because the user row is read anyway;
    // Identity's own SecurityStampValidator only looks once a minute.
    public async Task<bool> LoadAsync(AppDbContext db, ClaimsPrincipal user, string stampClaimType, CancellationToken ct)
    {
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
        var account = id.Length == 0 ? null
            : await db.Users.Where(u => u.Id == id).Select(u => new
            {
                u.InstitutionId,
                u.SecurityStamp,
                u.Language,
                InstitutionLanguage = db.Institutions.Where(i => i.Id == u.InstitutionId).Select(i => i.DefaultLanguage).FirstOrDefault(),
                InstitutionName = db.Institutions.Where(i => i.Id == u.InstitutionId).Select(i => i.Name).FirstOrDefault(),
            }).SingleOrDefaultAsync(ct);
        if (account is null || account.SecurityStamp != user.FindFirstValue(stampClaimType))
            return false;
        var followed = user.IsInRole(Roles.ProgramOfficer)
            ? await db.ProgramOfficerInstitutions.Where(p => p.UserId == id).Select(p => p.InstitutionId).ToListAsync(ct)
            : [];
        Become(id, [.. Roles.All.Where(user.IsInRole)], account.InstitutionId, followed);
        Language = account.Language;
        InstitutionLanguage = account.InstitutionLanguage;
        WorkPlace = account.InstitutionName ?? (followed.Count == 0 ? null
            : string.Join(", ", await db.Institutions.Where(i => followed.Contains(i.Id)).OrderBy(i => i.Name).Select(i => i.Name).ToListAsync(ct)));
        return true;
    }

    // For the middleware above, and for tests and background work that act as a given person.
    public void Become(string userId, IReadOnlyCollection<string> roles, int? institutionId, IEnumerable<int> followedInstitutionIds)
    {
        UserId = userId;
        IsAdministrator = roles.Contains(Roles.Administrator);
        IsProgramOfficer = roles.Contains(Roles.ProgramOfficer);
        IsInstructor = roles.Contains(Roles.Instructor);
        IsRecruit = roles.Contains(Roles.Recruit);
        InstitutionId = institutionId;
        FollowedInstitutionIds = followedInstitutionIds.ToHashSet();
    }
}

// Fills CurrentPerson for every request a signed-in person makes, except for the build's static files. A cookie that no
// longer stands is deleted and the request goes on as anonymous, so a copied cookie stops working at sign-out.
internal sealed class CurrentPersonMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, CurrentPerson person, AppDbContext db, IOptions<IdentityOptions> identity)
    {
        if (context.User.Identity?.IsAuthenticated == true
            && context.GetEndpoint()?.Metadata.GetMetadata<Microsoft.AspNetCore.StaticAssets.StaticAssetDescriptor>() is null
            && !await person.LoadAsync(db, context.User, identity.Value.ClaimsIdentity.SecurityStampClaimType, context.RequestAborted))
        {
            await context.SignOutAsync(IdentityConstants.ApplicationScheme);
            context.User = new ClaimsPrincipal(new ClaimsIdentity());
        }
        await next(context);
    }
}
