using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Curricula.Model;
using SmartPolicingLms.Web.Security;
using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.Authorization;

// The people and records the matrix requests are made with: one signed-in person per role at institution A,
// an instructor at institution B for ownership cases, and real ids for every route parameter.
internal sealed class MatrixWorld
{
    public const string Anonymous = nameof(Anonymous);
    // An instructor who signed in with a one-time code and has not chosen a password yet.
    public const string MustChoosePassword = nameof(MustChoosePassword);
    public static readonly IReadOnlyList<string> Visitors = [Anonymous, .. Roles.All, MustChoosePassword];

    public required LmsFactory Factory { get; init; }
    public required IReadOnlyDictionary<string, Person> People { get; init; }
    public required IReadOnlyDictionary<string, Visitor> SignedIn { get; init; }
    public required int OwnInstitution { get; init; }
    public required int OtherInstitution { get; init; }
    public required Person OtherInstitutionInstructor { get; init; }
    // Route values by path prefix and parameter name; the longest prefix that has the parameter wins, so
    // /admin/institutions/{Id:int} and a later /cohorts/{Id:int} each get an id of their own kind.
    public required IReadOnlyList<(string Prefix, string Parameter, string Value)> RouteValues { get; init; }

    public static Task<MatrixWorld> For(LmsFactory factory) => factory.SharedAsync(nameof(MatrixWorld), BuildAsync);

    static async Task<MatrixWorld> BuildAsync(LmsFactory factory)
    {
        var people = factory.People;
        var own = await people.CreateInstitutionAsync();
        var other = await people.CreateInstitutionAsync(country: "KE", timeZone: "Africa/Nairobi");
        var byRole = new Dictionary<string, Person>();
        var signedIn = new Dictionary<string, Visitor> { [Anonymous] = new Visitor(factory) };
        foreach (var role in Roles.All)
        {
            byRole[role] = await people.CreateAsync(role, own);
            signedIn[role] = new Visitor(factory);
            await signedIn[role].SignInAsync(byRole[role]);
        }
        var otherInstructor = await people.CreateAsync(Roles.Instructor, other);
        byRole[MustChoosePassword] = await people.CreateWithOneTimeCodeAsync(Roles.Instructor, own);
        signedIn[MustChoosePassword] = new Visitor(factory);
        await signedIn[MustChoosePassword].SignInAsync(byRole[MustChoosePassword]);

        var (module, image) = await factory.WithDatabaseAsync(async db =>
        {
            var module = await db.CourseModules.AsNoTracking()
                .Join(db.CourseVersions, m => m.CourseVersionId, v => v.Id, (m, v) => new { m.Key, m.Number, v.CourseId, Version = v.Number })
                .OrderBy(m => m.CourseId).ThenBy(m => m.Version).ThenBy(m => m.Number)
                .FirstAsync();
            var images = await db.CourseVersionFiles.AsNoTracking()
                .Join(db.CourseVersions, f => f.CourseVersionId, v => v.Id, (f, v) => new { v.CourseId, v.ContentHash, f.Path })
                .ToListAsync();
            return (module, images.First(i => CourseFileKinds.IsImage(i.Path)));
        });

        return new MatrixWorld
        {
            Factory = factory,
            People = byRole,
            SignedIn = signedIn,
            OwnInstitution = own,
            OtherInstitution = other,
            OtherInstitutionInstructor = otherInstructor,
            RouteValues =
            [
                ("/admin/institutions/", "Id:int", own.ToString()),
                // An account at the same institution; the ownership cases use institution B's instructor.
                ("/admin/accounts/", "Id", byRole[Roles.Recruit].Id),
                ("/Account/Manage/RenamePasskey/", "Id", "no-such-passkey"),
                ("/catalogue/", "CourseId", module.CourseId),
                ("/catalogue/", "Number:int", module.Version.ToString()),
                ("/catalogue/", "ModuleKey", module.Key),
                ("/course-files/", "courseId", image.CourseId),
                ("/course-files/", "contentHash", image.ContentHash),
                ("/course-files/", "**path", image.Path),
            ],
        };
    }

    // /catalogue/{CourseId}/versions/{Number:int} -> /catalogue/ghana.../versions/1
    public string Fill(string pattern, IReadOnlyDictionary<string, string>? overrides = null) =>
        System.Text.RegularExpressions.Regex.Replace(pattern, @"\{([^}]+)\}", match =>
        {
            var name = match.Groups[1].Value;
            var value = overrides?.GetValueOrDefault(name)
                ?? RouteValues.Where(v => v.Parameter == name && pattern.StartsWith(v.Prefix, StringComparison.Ordinal))
                    .OrderByDescending(v => v.Prefix.Length).Select(v => v.Value).FirstOrDefault()
                ?? throw new InvalidOperationException($"No value for route parameter {{{name}}} in {pattern}: add one to MatrixWorld.");
            return name.StartsWith("**") ? value : Uri.EscapeDataString(value);
        });
}
