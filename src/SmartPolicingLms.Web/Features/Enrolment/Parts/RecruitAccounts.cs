using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace SmartPolicingLms.Web.Features.Enrolment;

// Recruit accounts for a roster, added straight to the context so hundreds are saved in one batch. UserManager
// would save (and validate, with a query or two) one user at a time; the fields it would fill are filled here the
// same way. No password: the recruit signs in once with a code and then chooses one.
internal sealed class RecruitAccounts(AppDbContext db, ILookupNormalizer normalizer)
{
    internal sealed record NewRecruit(string Name, string? ServiceNumber, string? Email);

    public async Task<List<ApplicationUser>> AddAsync(IReadOnlyList<NewRecruit> recruits, int institutionId, DateTime now, CancellationToken ct)
    {
        var roleId = await db.Roles.Where(r => r.Name == Roles.Recruit).Select(r => r.Id).SingleAsync(ct);
        var signInNames = await SignInNamesAsync(recruits, ct);
        var users = recruits.Select((recruit, i) => new ApplicationUser
        {
            Id = Guid.NewGuid().ToString(),
            UserName = signInNames[i],
            NormalizedUserName = normalizer.NormalizeName(signInNames[i]),
            Email = recruit.Email,
            NormalizedEmail = recruit.Email is null ? null : normalizer.NormalizeEmail(recruit.Email),
            // The instructor vouches for the address, as an administrator does; there is no mail round trip.
            EmailConfirmed = true,
            SecurityStamp = Convert.ToHexString(RandomNumberGenerator.GetBytes(20)),
            ConcurrencyStamp = Guid.NewGuid().ToString(),
            LockoutEnabled = true,
            DisplayName = recruit.Name,
            ServiceNumber = recruit.ServiceNumber,
            InstitutionId = institutionId,
            MustSetPassword = true,
            CreatedAt = now,
        }).ToList();
        db.Users.AddRange(users);
        db.UserRoles.AddRange(users.Select(u => new IdentityUserRole<string> { UserId = u.Id, RoleId = roleId }));
        return users;
    }

    // The email where there is one; otherwise the service number as a user name, made unique with a suffix in the
    // rare case that another institution's recruit has the same number.
    async Task<List<string>> SignInNamesAsync(IReadOnlyList<NewRecruit> recruits, CancellationToken ct)
    {
        var wanted = recruits.Select(r => r.Email ?? RecruitNames.SignInNameFor(r.ServiceNumber!)).ToList();
        var normalized = wanted.Select(normalizer.NormalizeName).Distinct().ToList();
        var taken = (await db.Users.Where(u => normalized.Contains(u.NormalizedUserName!)).Select(u => u.NormalizedUserName!).ToListAsync(ct))
            .ToHashSet();
        var names = new List<string>(wanted.Count);
        foreach (var name in wanted)
            names.Add(await FreeNameAsync(name, taken, ct));
        return names;
    }

    async Task<string> FreeNameAsync(string name, HashSet<string> taken, CancellationToken ct)
    {
        var candidate = name;
        var key = normalizer.NormalizeName(candidate);
        // The names as wanted were looked up in one query; a suffixed one, rarely needed, is looked up on its own.
        for (var n = 2; taken.Contains(key) || candidate != name && await db.Users.AnyAsync(u => u.NormalizedUserName == key, ct); n++)
        {
            candidate = $"{name}-{n}";
            key = normalizer.NormalizeName(candidate);
        }
        taken.Add(key);
        return candidate;
    }
}
