using System.Globalization;
using SmartPolicingLms.Web.Features.Certificates;
using SmartPolicingLms.Web.Tests.AttendanceSheets;
using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.Certificates;

// A certificate printed for a reader of Russian or Kyrgyz: its fixed words, counted hours and date in their language,
// what was stored (names, the course's title) as it was stored; and the public check page in their language.
public sealed class CertificateLanguageTests
{
    const string Link = "https://lms.example.test/verify/CCCC-DDDD-EEEE-FFFF-GGGG";

    [Fact]
    public void A_certificate_printed_in_Russian_has_Russian_fixed_words_counted_hours_and_date()
    {
        var pdf = InLanguage("ru", () => CertificatePdf.Write(Issued(), Link, crest: null));

        var text = SheetPdf.Text(pdf);
        Assert.Contains("Сертификат о прохождении курса", text);
        Assert.Contains("Настоящим удостоверяется, что", text);
        Assert.Contains("46 аудиторных часов и 4 часа самостоятельного изучения", text);
        Assert.Contains("Дата завершения: 4 мая 2026", text);
        Assert.Contains("Код проверки: CCCC-DDDD-EEEE-FFFF-GGGG", text);
        Assert.Contains("Айгүл Өмүрбекова", text);
        Assert.Contains("Harm reduction, sex work and HIV (версия 2026-03)", text);
        Assert.DoesNotContain("This certifies that", text);
        Assert.DoesNotContain("contact hours", text);
    }

    [Fact]
    public void A_certificate_printed_in_Kyrgyz_has_Kyrgyz_fixed_words_and_hours()
    {
        var pdf = InLanguage("ky", () => CertificatePdf.Write(Issued(), Link, crest: null));

        var text = SheetPdf.Text(pdf);
        Assert.Contains("Курсту аяктагандыгы тууралуу сертификат", text);
        Assert.Contains("46 аудиториялык саат жана 4 саат өз алдынча окуу", text);
        Assert.Contains("Текшерүү коду: CCCC-DDDD-EEEE-FFFF-GGGG", text);
        Assert.DoesNotContain("Certificate of completion", text);
    }

    [Fact]
    public void The_same_certificate_printed_in_English_keeps_its_English_words()
    {
        var text = SheetPdf.Text(InLanguage("en", () => CertificatePdf.Write(Issued(), Link, crest: null)));

        Assert.Contains("46 contact hours and 4 hours of self-study", text);
        Assert.Contains("Completed on 4 May 2026", text);
    }

    // The request's language, as the localization middleware sets it for a page or a download.
    internal static T InLanguage<T>(string language, Func<T> print)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
            return print();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }

    static Certificate Issued() =>
        Certificate.Issue(1, 1, "KGZ-ACAD", 2026, 42, "CCCC-DDDD-EEEE-FFFF-GGGG", "salt", new CertificateText("Айгүл Өмүрбекова",
            "Harm reduction, sex work and HIV", "2026-03", 46, 4, new DateOnly(2026, 5, 4), "Академия МВД Кыргызской Республики", "", "",
            [], 1), "issuer", new DateTime(2026, 5, 4, 12, 0, 0, DateTimeKind.Utc));
}

// The public page where anyone checks a certificate, read by a browser set to Russian or Kyrgyz.
public abstract class VerifyPageLanguageTests(LmsFactory factory) : LmsTest(factory)
{
    [SkippableTheory]
    [InlineData("ru", "Проверка сертификата", "Код проверки", "Проверить")]
    [InlineData("ky", "Сертификатты текшерүү", "Текшерүү коду", "Текшерүү")]
    public async Task The_check_page_speaks_the_browser_s_language(string language, string heading, string label, string button)
    {
        var page = await NewVisitor().Speaking(language).OpenAsync("/verify");

        Assert.Equal(heading, page.Document.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal(label, page.Document.QuerySelector("label[for=code]")!.TextContent.Trim());
        Assert.Equal(button, page.Document.QuerySelector("form[role=search] button[type=submit]")!.TextContent.Trim());
        Assert.DoesNotContain("Check a certificate", page.Text);
    }

    [SkippableFact]
    public async Task An_unknown_code_is_answered_in_Russian()
    {
        var visitor = NewVisitor().Speaking("ru");

        var page = await visitor.FollowAsync(await visitor.GetAsync("/verify/CCCC-DDDD-EEEE-FFFF-GGGG"));

        Assert.Equal(System.Net.HttpStatusCode.NotFound, page.Status);
        var answer = HtmlPage.Normalize(page.Document.QuerySelector("[data-testid=verification]")!.TextContent);
        Assert.StartsWith("Сертификата с таким кодом нет", answer);
        Assert.DoesNotContain("Check the code", answer);
    }

    public sealed class OnSqlite(SqliteLmsFactory factory) : VerifyPageLanguageTests(factory), IClassFixture<SqliteLmsFactory>;
}
