using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Web.Features.Accounts;

namespace SmartPolicingLms.Web.Features.Demo;

// The demo installation: the Kyrgyz Police Academy and Ghana's National Police Training School with two
// instructors each, a program officer following both, the four partner organisations the source report names,
// two co-trainers, and a draft cohort of each country's course.
internal sealed class DemoData(
    AppDbContext db,
    CreateAccount.Handler createAccount,
    DemoPartners partners,
    DemoCohorts cohorts,
    TimeProvider clock,
    ILogger<DemoData> logger)
{
    public const string Kyrgyz = "Kyrgyz Police Academy";
    public const string Ghana = "National Police Training School";

    internal sealed record Account(string Email, string DisplayName, string Role, string? Institution);

    static readonly Account[] Accounts =
    [
        new("aizada@kpa.demo.local", "Aizada", Roles.Instructor, Kyrgyz),
        new("bakyt@kpa.demo.local", "Bakyt", Roles.Instructor, Kyrgyz),
        new("abena@npts.demo.local", "Abena", Roles.Instructor, Ghana),
        new("kofi@npts.demo.local", "Kofi", Roles.Instructor, Ghana),
        new("officer@programme.demo.local", "Programme officer", Roles.ProgramOfficer, null),
    ];

    public async Task<string> SeedAsync(CancellationToken ct)
    {
        var kyrgyz = await InstitutionAsync(Kyrgyz, "KG", "Asia/Bishkek", ct);
        var ghana = await InstitutionAsync(Ghana, "GH", "Africa/Accra", ct);
        var institutions = new Dictionary<string, int> { [Kyrgyz] = kyrgyz, [Ghana] = ghana };

        var created = 0;
        foreach (var account in Accounts)
            created += await AccountAsync(account, institutions, ct) ? 1 : 0;

        var emails = Accounts.Select(a => a.Email.ToUpperInvariant()).ToList();
        var users = await db.Users.Where(u => emails.Contains(u.NormalizedEmail!))
            .ToDictionaryAsync(u => u.NormalizedEmail!.ToLowerInvariant(), u => u.Id, ct);
        if (users.Count < Accounts.Length)
            return $"{created} demo account(s) created; some demo accounts were renamed or removed, so partners and cohorts were left as they are";
        var partnerSummary = await partners.SeedAsync(users["officer@programme.demo.local"], ct);
        var cohortSummary = await cohorts.SeedAsync(
            new DemoCohorts.Place(kyrgyz, users["aizada@kpa.demo.local"], users["bakyt@kpa.demo.local"]),
            new DemoCohorts.Place(ghana, users["abena@npts.demo.local"], users["kofi@npts.demo.local"]), ct);
        return $"{created} demo account(s) created; {partnerSummary}; {cohortSummary}";
    }

    async Task<int> InstitutionAsync(string name, string country, string zone, CancellationToken ct)
    {
        var existing = await db.Institutions.Where(i => i.Name == name).Select(i => (int?)i.Id).SingleOrDefaultAsync(ct);
        if (existing is { } id)
            return id;
        var institution = Institution.Create(name, country, zone, null, clock.GetUtcNow().UtcDateTime);
        db.Institutions.Add(institution);
        await db.SaveChangesAsync(ct);
        return institution.Id;
    }

    // Like the first administrator, each new demo account gets a one-time code in the log; an account that
    // exists already keeps the password its owner chose.
    async Task<bool> AccountAsync(Account account, IReadOnlyDictionary<string, int> institutions, CancellationToken ct)
    {
        if (await db.Users.AnyAsync(u => u.NormalizedEmail == account.Email.ToUpperInvariant(), ct))
            return false;
        var outcome = await createAccount.HandleAsync(new CreateAccount.Command
        {
            Email = account.Email,
            DisplayName = account.DisplayName,
            Role = account.Role,
            InstitutionId = account.Institution is { } one ? institutions[one] : null,
            InstitutionIds = account.Institution is null ? [.. institutions.Values] : [],
        }, ct);
        if (!outcome.Succeeded)
            throw new InvalidOperationException(
                $"Demo account {account.Email} could not be created: {string.Join(" ", outcome.Errors.Select(e => e.ErrorMessage))}");
        logger.LogWarning(
            "Demo account created: {Role} {Email}{Institution}. Sign in at /Account/Login with the one-time code {Code} and choose a password.",
            Roles.DisplayName(account.Role), account.Email, account.Institution is { } at ? $" at {at}" : "", outcome.Value!.TemporaryCode);
        return true;
    }
}
