using Microsoft.Playwright;
using SmartPolicingLms.Web.Tests.Harness;
using static Microsoft.Playwright.Assertions;

namespace SmartPolicingLms.Web.Tests.Journeys;

// The README's screenshots, taken by a real browser from a running installation rather than drawn by hand: the
// sign-in page, an instructor's home, and a recruit's training on a phone. With SPLMS_WRITE_SCREENSHOTS=1 they are
// written to tests/SmartPolicingLms.Web.Tests/Screenshots (commit them); otherwise to a temporary folder.
public abstract class ReadmeScreenshotsTests : LmsTest
{
    protected ReadmeScreenshotsTests(LmsFactory factory) : base(factory) => Chromium.EnsureAvailable();

    static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    [SkippableFact]
    public async Task The_sign_in_page_an_instructor_s_home_and_a_recruit_s_training_are_photographed()
    {
        await using var installation = Factory.NewInstallation();
        installation.UseKestrel(0);
        installation.StartServer();
        var scene = await FrontDoorScene.CreateAsync(installation);
        var folder = Environment.GetEnvironmentVariable("SPLMS_WRITE_SCREENSHOTS") == "1"
            ? Path.Combine(RepositoryPaths.Root, "tests", "SmartPolicingLms.Web.Tests", "Screenshots")
            : Directory.CreateTempSubdirectory("splms-screenshots-").FullName;
        Directory.CreateDirectory(folder);

        await using (var desk = await JourneyBrowser.OpenAsync(installation, locale: "en-US"))
        {
            var page = desk.Page;
            await page.SetViewportSizeAsync(1280, 800);
            await page.GotoAsync("Account/Login");
            await Expect(page.GetByTestId("ways-in")).ToBeVisibleAsync();
            await ShootAsync(page, folder, "sign-in.png", fullPage: false);

            await Chromium.SignInAsync(page, scene.Instructor.Email, scene.Instructor.Password);
            await page.GotoAsync("");
            await Expect(page.GetByTestId("roll-call-due")).ToHaveCountAsync(1);
            await ShootAsync(page, folder, "instructor-home.png", fullPage: true);
            desk.AssertClean();
        }

        await using (var phone = await JourneyBrowser.OpenAsync(installation, locale: "en-US", phone: true))
        {
            var page = phone.Page;
            await Chromium.SignInAsync(page, scene.Recruit.Email, scene.Recruit.Password);
            // Signing in lands a recruit on their training.
            await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/learn$"));
            await Expect(page.GetByTestId("cohort")).ToHaveCountAsync(1);
            await ShootAsync(page, folder, "recruit-training-phone.png", fullPage: false);
            phone.AssertClean();
        }
    }

    static async Task ShootAsync(IPage page, string folder, string name, bool fullPage)
    {
        var path = Path.Combine(folder, name);
        await page.ScreenshotAsync(new() { Path = path, FullPage = fullPage });
        var bytes = await File.ReadAllBytesAsync(path);
        Assert.True(bytes.Length > 1000, $"{name} is only {bytes.Length} bytes");
        Assert.Equal(PngSignature, bytes[..8]);
    }

    public sealed class OnSqlite(SqliteLmsFactory factory) : ReadmeScreenshotsTests(factory), IClassFixture<SqliteLmsFactory>;

    public sealed class OnPostgres(PostgresLmsFactory factory) : ReadmeScreenshotsTests(factory), IClassFixture<PostgresLmsFactory>;
}
