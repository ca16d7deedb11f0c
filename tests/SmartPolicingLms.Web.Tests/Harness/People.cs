using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartPolicingLms.Web.Features.Accounts;

namespace SmartPolicingLms.Web.Tests.Harness;

public sealed record Person(string Id, string Email, string Password, string Role, int? InstitutionId);

// Accounts and institutions made straight through the app's own services, for tests whose subject is something
// else. Tests of account creation itself go through the administrator's pages instead.
internal sealed class People(LmsFactory factory)
{
    public async Task<Person> CreateAsync(string role, int? institutionId = null, IEnumerable<int>? followedInstitutions = null)
    {
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@example.org";
        var password = NewPassword();
        var id = "";
        await factory.WithServicesAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<ApplicationUser>>();
            var user = new ApplicationUser
            {
                UserName = email,
                Email = email,
                EmailConfirmed = true,
                DisplayName = $"{Roles.DisplayName(role)} {email[..8]}",
                InstitutionId = Roles.BelongsToOneInstitution(role) ? institutionId : null,
                CreatedAt = factory.Now,
            };
            Succeeded(await users.CreateAsync(user, password));
            Succeeded(await users.AddToRoleAsync(user, role));
            if (role == Roles.ProgramOfficer)
            {
                var db = services.GetRequiredService<AppDbContext>();
                db.ProgramOfficerInstitutions.AddRange((followedInstitutions ?? (institutionId is { } one ? [one] : []))
                    .Select(i => new ProgramOfficerInstitution { UserId = user.Id, InstitutionId = i }));
                await db.SaveChangesAsync();
            }
            id = user.Id;
        });
        return new Person(id, email, password, role, institutionId);
    }

    // As an administrator's "new account" leaves it: the password is a one-time code the person must replace.
    public async Task<Person> CreateWithOneTimeCodeAsync(string role, int? institutionId = null)
    {
        var person = await CreateAsync(role, institutionId);
        string? code = null;
        await factory.WithServicesAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<ApplicationUser>>();
            var user = await users.FindByIdAsync(person.Id);
            (code, var result) = await services.GetRequiredService<TemporaryPassword>().IssueAsync(user!);
            Succeeded(result);
        });
        return person with { Password = code! };
    }

    public async Task<int> CreateInstitutionAsync(string? name = null, string country = "GH", string timeZone = "Africa/Accra")
    {
        var institution = Institution.Create(name ?? $"Training school {Guid.NewGuid():N}"[..30], country, timeZone, null, factory.Now);
        return await factory.WithDatabaseAsync(async db =>
        {
            db.Institutions.Add(institution);
            await db.SaveChangesAsync();
            return institution.Id;
        });
    }

    public Task<ApplicationUser> FindAsync(string email) => factory.WithDatabaseAsync(async db =>
        await db.Users.AsNoTracking().SingleAsync(u => u.Email == email));

    // Meets the app's password rules (12+ characters, upper, lower, digit, 5 distinct) and is never the same twice.
    public static string NewPassword() =>
        $"Pw{Convert.ToHexString(RandomNumberGenerator.GetBytes(8)).ToLowerInvariant()}X7q";

    static void Succeeded(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
    }
}
