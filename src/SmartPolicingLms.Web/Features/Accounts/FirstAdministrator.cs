using System.Runtime.InteropServices;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace SmartPolicingLms.Web.Features.Accounts;

// On an installation without an administrator, creates one from Bootstrap:AdminEmail with a one-time code
// printed to the log and written to a file only the server's user can read. Never a fixed default password. The code
// is an ordinary one-time code (SignInCodes): it is typed on the first-time code page or in the sign-in page's
// password box, and if it expires before anyone used it, the next start issues a new one.
internal sealed class FirstAdministrator(
    UserManager<ApplicationUser> users,
    RoleManager<IdentityRole> roles,
    TemporaryPassword temporaryPassword,
    AppDbContext db,
    LmsSettings settings,
    TimeProvider clock,
    ILogger<FirstAdministrator> logger) : IStartupStep
{
    // First of the start-up steps: the roles exist before anything else is seeded.
    public int Order => 0;

    public Task RunAsync(CancellationToken ct) => EnsureAsync();

    public const string CodeFileName = "first-admin-code.txt";

    public string CodeFilePath => Path.Combine(settings.DataFolder, CodeFileName);

    public async Task EnsureAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
                Check(await roles.CreateAsync(new IdentityRole(role)));
        }
        var administrators = await users.GetUsersInRoleAsync(Roles.Administrator);
        if (administrators.Count > 0)
        {
            await RenewIfNobodyCanSignInAsync(administrators);
            return;
        }

        var email = settings.BootstrapAdminEmail;
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            user = new ApplicationUser
            {
                UserName = email,
                Email = email,
                EmailConfirmed = true,
                DisplayName = "Administrator",
                CreatedAt = clock.GetUtcNow().UtcDateTime,
            };
            Check(await users.CreateAsync(user));
        }
        var code = await IssueAsync(user);
        Check(await users.AddToRoleAsync(user, Roles.Administrator));

        WriteCodeFile(email, code);
        logger.LogWarning(
            "First administrator created. Sign in as {Email} with the one-time code {Code} (on /code, or as the " +
            "password on /Account/Login) and choose a password. The code is also in {CodeFile}.", email, code, CodeFilePath);
    }

    // An installation whose administrators have neither a password nor a live code could never be entered again.
    async Task RenewIfNobodyCanSignInAsync(IList<ApplicationUser> administrators)
    {
        var ids = administrators.Select(a => a.Id).ToList();
        var now = clock.GetUtcNow().UtcDateTime;
        if (administrators.Any(a => a.PasswordHash is not null)
            || await db.SignInCodes.AnyAsync(c => ids.Contains(c.UserId) && c.ExpiresAt > now))
            return;
        var user = administrators.FirstOrDefault(a => string.Equals(a.Email, settings.BootstrapAdminEmail, StringComparison.OrdinalIgnoreCase))
            ?? administrators[0];
        var code = await IssueAsync(user);
        WriteCodeFile(user.Email!, code);
        logger.LogWarning(
            "The first administrator's one-time code had expired unused. Sign in as {Email} with the new code {Code} " +
            "(on /code, or as the password on /Account/Login) and choose a password. The code is also in {CodeFile}.",
            user.Email, code, CodeFilePath);
    }

    async Task<string> IssueAsync(ApplicationUser user)
    {
        var (code, result) = await temporaryPassword.IssueAsync(user);
        Check(result);
        return code!;
    }

    public void ForgetCode(ApplicationUser user)
    {
        if (string.Equals(user.Email, settings.BootstrapAdminEmail, StringComparison.OrdinalIgnoreCase))
            File.Delete(CodeFilePath);
    }

    void WriteCodeFile(string email, string code)
    {
        Directory.CreateDirectory(settings.DataFolder);
        File.Delete(CodeFilePath);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!RuntimeInformation.IsOSPlatform(OSPlatform.Windows))
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using var writer = new StreamWriter(CodeFilePath, options);
        writer.WriteLine($"Sign in as {email} with this one-time code (on the first-time code page, /code, or in the password box of /Account/Login), then choose a password:");
        writer.WriteLine(code);
    }

    static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException(
                "Could not create the first administrator: " + string.Join(" ", result.Errors.Select(e => e.Description)));
    }
}
