using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Web.Features.Accounts;

namespace SmartPolicingLms.Web.Features.Demo;

// The demo installation: a training institution in each country a shipped course was written for (two instructors
// at the Kyrgyz and Ghana ones, one elsewhere), a program officer following them all, the partner organisations the
// source report names, two co-trainers, and a cohort of every shipped course: one closed with its results, one in
// progress, the rest drafts (DemoCohorts).
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
    public const string Kenya = "Kisumu Police Training Centre";
    public const string AndhraPradesh = "Andhra Pradesh Police Academy";
    public const string Kolkata = "Kolkata Police Training School";
    public const string Lashio = "Lashio Township Police";

    internal sealed record Account(string Email, string DisplayName, string Role, string? Institution);

    internal sealed record Place(string Name, string Country, string TimeZone);

    static readonly Place[] Institutions =
    [
        new(Kyrgyz, "KG", "Asia/Bishkek"),
        new(Ghana, "GH", "Africa/Accra"),
        new(Kenya, "KE", "Africa/Nairobi"),
        new(AndhraPradesh, "IN", "Asia/Kolkata"),
        new(Kolkata, "IN", "Asia/Kolkata"),
        new(Lashio, "MM", "Asia/Yangon"),
    ];

    static readonly Account[] Accounts =
    [
        new("aizada@kpa.demo.local", "Aizada", Roles.Instructor, Kyrgyz),
        new("bakyt@kpa.demo.local", "Bakyt", Roles.Instructor, Kyrgyz),
        new("abena@npts.demo.local", "Abena", Roles.Instructor, Ghana),
        new("kofi@npts.demo.local", "Kofi", Roles.Instructor, Ghana),
        new("wanjiru@kisumu.demo.local", "Wanjiru", Roles.Instructor, Kenya),
        new("lakshmi@appa.demo.local", "Lakshmi", Roles.Instructor, AndhraPradesh),
        new("arup@kolkata.demo.local", "Arup", Roles.Instructor, Kolkata),
        new("nang@lashio.demo.local", "Nang Seng", Roles.Instructor, Lashio),
        new("officer@programme.demo.local", "Programme officer", Roles.ProgramOfficer, null),
    ];

    public async Task<string> SeedAsync(CancellationToken ct)
    {
        var institutions = new Dictionary<string, int>();
        foreach (var place in Institutions)
            institutions[place.Name] = await InstitutionAsync(place, ct);

        var created = 0;
        foreach (var account in Accounts)
            created += await AccountAsync(account, institutions, ct) ? 1 : 0;

        var emails = Accounts.Select(a => a.Email.ToUpperInvariant()).ToList();
        var users = await db.Users.Where(u => emails.Contains(u.NormalizedEmail!))
            .ToDictionaryAsync(u => u.NormalizedEmail!.ToLowerInvariant(), u => u.Id, ct);
        if (users.Count < Accounts.Length)
            return $"{created} demo account(s) created; some demo accounts were renamed or removed, so partners and cohorts were left as they are";
        var partnerSummary = await partners.SeedAsync(users["officer@programme.demo.local"], ct);
        var teams = Accounts.Where(a => a.Role == Roles.Instructor).GroupBy(a => a.Institution!)
            .ToDictionary(g => g.Key, g => new DemoCohorts.Team(institutions[g.Key], [.. g.Select(a => users[a.Email])]));
        var cohortSummary = await cohorts.SeedAsync(teams, ct);
        return $"{created} demo account(s) created; {partnerSummary}; {cohortSummary}";
    }

    async Task<int> InstitutionAsync(Place place, CancellationToken ct)
    {
        var existing = await db.Institutions.Where(i => i.Name == place.Name).Select(i => (int?)i.Id).SingleOrDefaultAsync(ct);
        if (existing is { } id)
            return id;
        var institution = Institution.Create(place.Name, place.Country, place.TimeZone, null, clock.GetUtcNow().UtcDateTime);
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
