using Microsoft.Playwright;

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
}
