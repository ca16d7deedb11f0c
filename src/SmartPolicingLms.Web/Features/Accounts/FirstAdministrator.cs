using System.Runtime.InteropServices;
using Microsoft.AspNetCore.Identity;

namespace SmartPolicingLms.Web.Features.Accounts;

// On an installation without an administrator, creates one from Bootstrap:AdminEmail with a one-time code
// printed to the log and written to a file only the server's user can read. Never a fixed default password.
internal sealed class FirstAdministrator(
    UserManager<ApplicationUser> users,
    RoleManager<IdentityRole> roles,
    TemporaryPassword temporaryPassword,
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
        if ((await users.GetUsersInRoleAsync(Roles.Administrator)).Count > 0)
            return;

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
        var (code, result) = await temporaryPassword.IssueAsync(user);
        Check(result);
        Check(await users.AddToRoleAsync(user, Roles.Administrator));

        WriteCodeFile(email, code!);
        logger.LogWarning(
            "First administrator created. Sign in at /Account/Login as {Email} with the one-time code {Code} " +
            "and choose a password. The code is also in {CodeFile}.", email, code, CodeFilePath);
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
        writer.WriteLine($"Sign in at /Account/Login as {email} with this one-time code, then choose a password:");
        writer.WriteLine(code);
    }

    static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new InvalidOperationException(
                "Could not create the first administrator: " + string.Join(" ", result.Errors.Select(e => e.Description)));
    }
}
