using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SmartPolicingLms.Web.Tests.Harness;

// One person's browser for a journey: Chromium on the installation's socket, in a language and at a width, which
// notes every server error and, at each checked step, the page's language and what axe-core finds wrong with it.
internal sealed class JourneyBrowser : IAsyncDisposable
{
    readonly IPlaywright playwright;
    readonly IBrowser browser;
    readonly List<string> serverErrors = [];
    readonly List<string> problems = [];

    JourneyBrowser(IPlaywright playwright, IBrowser browser, IPage page)
    {
        this.playwright = playwright;
        this.browser = browser;
        Page = page;
        page.Response += (_, response) =>
        {
            if (response.Status >= 500)
                serverErrors.Add($"{response.Status} {response.Url}");
        };
    }

    public IPage Page { get; }

    public static async Task<JourneyBrowser> OpenAsync(LmsFactory installation, string? locale = null, bool phone = false)
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await Chromium.LaunchAsync(playwright);
        SetDefaultExpectTimeout(15_000);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = installation.ClientOptions.BaseAddress.ToString(),
            Locale = locale,
            ViewportSize = phone ? Chromium.Phone : null,
            AcceptDownloads = true,
        });
        return new JourneyBrowser(playwright, browser, await context.NewPageAsync());
    }

    // The page is in the language expected, and its accessibility problems are kept for the end of the journey.
    public async Task CheckAsync(string language, string state)
    {
        await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", language);
        problems.AddRange(await Accessibility.ProblemsAsync(Page, state));
    }

    public void AssertClean()
    {
        Assert.Empty(serverErrors);
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    public async ValueTask DisposeAsync()
    {
        await browser.DisposeAsync();
        playwright.Dispose();
    }
}
