using System.Security.Claims;
using Microsoft.EntityFrameworkCore;

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

    // Instructors work for their own institution's cohorts; program officers read those of the institutions they follow.
    public bool InstructsAt(int institutionId) => IsInstructor && InstitutionId == institutionId;
    public bool Follows(int institutionId) => IsProgramOfficer && FollowedInstitutionIds.Contains(institutionId);

    public async Task LoadAsync(AppDbContext db, ClaimsPrincipal user, CancellationToken ct)
    {
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
        var institutionId = id.Length == 0 ? null
            : await db.Users.Where(u => u.Id == id).Select(u => u.InstitutionId).SingleOrDefaultAsync(ct);
        var followed = id.Length > 0 && user.IsInRole(Roles.ProgramOfficer)
            ? await db.ProgramOfficerInstitutions.Where(p => p.UserId == id).Select(p => p.InstitutionId).ToListAsync(ct)
            : [];
        Become(id, [.. Roles.All.Where(user.IsInRole)], institutionId, followed);
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

// Fills CurrentPerson for every request a signed-in person makes, except for the build's static files.
internal sealed class CurrentPersonMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, CurrentPerson person, AppDbContext db)
    {
        if (context.User.Identity?.IsAuthenticated == true
            && context.GetEndpoint()?.Metadata.GetMetadata<Microsoft.AspNetCore.StaticAssets.StaticAssetDescriptor>() is null)
            await person.LoadAsync(db, context.User, context.RequestAborted);
        await next(context);
    }
}
