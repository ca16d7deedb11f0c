using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SmartPolicingLms.Web.Tests.Harness;

// The machine's own Chromium, driven by Playwright's bundled driver: no browser download.
internal static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    static readonly string[] Arguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    public static void EnsureAvailable() => Requirement.Met(File.Exists(ExecutablePath)
        ? null
        : $"Chromium is not installed at {ExecutablePath} (apt-get install -y chromium).");

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) => playwright.Chromium.LaunchAsync(new()
    {
        ExecutablePath = ExecutablePath,
        Headless = true,
        Args = Arguments,
    });

    // The journeys' phone: a small, common screen, where the forms must still work.
    public static ViewportSize Phone => new() { Width = 390, Height = 844 };

    // Signs in with a password through the sign-in page and waits until the page shows the person signed in.
    public static async Task SignInAsync(IPage page, string name, string password)
    {
        await page.GotoAsync("Account/Login");
        await page.GetByLabel("Email", new() { Exact = true }).FillAsync(name);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in", Exact = true }).ClickAsync();
        // On a styled phone the menu, and the button in it, is folded away: present, not visible.
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign out", IncludeHidden = true })).ToHaveCountAsync(1);
    }
}
