using System.Text;
using CsvHelper;
using MiniExcelLibs;
using SmartPolicingLms.Web.Tests.AttendanceSheets;
using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.Exports;

// Exports downloaded by a program officer whose browser is set to Russian or Kyrgyz: the column headers and the page
// in their language, the cells exactly as in English, so a spreadsheet or a script reads every export alike.
public abstract class ExportLanguageTests(LmsFactory factory) : LmsTest(factory)
{
    [SkippableFact]
    public async Task A_register_downloaded_in_Russian_has_Russian_headers_over_the_same_invariant_cells()
    {
        var scene = await ExportScene.CreateAsync(Factory);
        var english = await scene.Closed.SignedInAsync(scene.ProgramOfficer);
        var russian = (await scene.Closed.SignedInAsync(scene.ProgramOfficer)).Speaking("ru");

        var (englishHeaders, englishRows) = Csv(await RegisterTests.FileAsync(english, ReportLinks.RegisterCsv + scene.BothCohorts, Factory.Logs));
        var (headers, rows) = Csv(await RegisterTests.FileAsync(russian, ReportLinks.RegisterCsv + scene.BothCohorts, Factory.Logs));

        Assert.Equal(["Учебное заведение", "Группа", "Курс", "Версия курса", "Начало группы", "Окончание группы", "Статус группы",
            "Курсант", "Служебный номер", "Посещено часов", "Требуется часов", "Балл входного теста (%)", "Балл итогового теста (%)",
            "Завершил курс", "Чего не хватает", "Серийный номер сертификата", "Статус сертификата"], headers);
        Assert.Equal("Recruit", englishHeaders[7]);
        // Every cell is the English file's but "what is missing", which is worded (from its stored codes) for the reader.
        const int Missing = 14;
        Assert.Equal(englishRows.Select(r => r.Where((_, i) => i != Missing)), rows.Select(r => r.Where((_, i) => i != Missing)));
        Assert.Contains(rows, r => r[6] == "closed" && (r[13] == "yes" || r[13] == "no"));
        Assert.All(rows.Zip(englishRows), pair => Assert.Equal(pair.Second[Missing].Length == 0, pair.First[Missing].Length == 0));
        Assert.Contains(rows, r => r[Missing].Any(c => c is >= 'А' and <= 'я'));
    }

    [SkippableFact]
    public async Task A_spreadsheet_downloaded_in_Kyrgyz_names_its_columns_in_Kyrgyz_and_keeps_hours_as_numbers()
    {
        var scene = await ExportScene.CreateAsync(Factory);
        var kyrgyz = (await scene.Closed.SignedInAsync(scene.ProgramOfficer)).Speaking("ky");

        var rows = MiniExcel.Query(new MemoryStream(await RegisterTests.FileAsync(kyrgyz, ReportLinks.RegisterXlsx + scene.BothCohorts, Factory.Logs)),
            useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();

        Assert.Equal(4, rows.Count);
        Assert.All(rows, r => Assert.Contains("Курсант", r.Keys));
        Assert.All(rows, r => Assert.IsNotType<string>(r["Катышкан сааттар"]));
        Assert.DoesNotContain("Recruit", rows[0].Keys);
    }

    [SkippableFact]
    public async Task The_printed_register_in_Kyrgyz_has_Kyrgyz_title_and_heads()
    {
        var scene = await ExportScene.CreateAsync(Factory);
        var kyrgyz = (await scene.Closed.SignedInAsync(scene.ProgramOfficer)).Speaking("ky");

        var text = SheetPdf.Text(await RegisterTests.FileAsync(kyrgyz, ReportLinks.RegisterPdf + scene.BothCohorts, Factory.Logs));

        Assert.Contains("Аяктоо реестри", text);
        Assert.Contains("Курсант", text);
        Assert.DoesNotContain("Completion register", text);
    }

    [SkippableTheory]
    [InlineData("ru", "Выгрузки", "В выборку входят 1 группа, в них 2 зачисленных курсанта")]
    [InlineData("ky", "Экспорт", "Бул тандоого 1 топ кирет, аларда 2 катталган курсант")]
    public async Task The_exports_page_speaks_the_browser_s_language_and_counts_in_it(string language, string heading, string covered)
    {
        var scene = await ExportScene.CreateAsync(Factory);
        var visitor = (await scene.Closed.SignedInAsync(scene.ProgramOfficer)).Speaking(language);

        var page = await visitor.OpenAsync($"/{ReportLinks.Exports}?cohort={scene.Open.CohortId}");

        Assert.Equal(heading, page.Document.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains(covered, HtmlPage.Normalize(page.Document.QuerySelector("[data-testid=covered]")!.TextContent));
        Assert.DoesNotContain("This choice covers", page.Text);
    }

    static (IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows) Csv(byte[] file)
    {
        using var csv = CsvReader.FromText(Encoding.UTF8.GetString(file[3..]), CsvReaderOptions.Default with { HasHeader = false });
        var lines = new List<IReadOnlyList<string>>();
        while (csv.Read())
            lines.Add([.. Enumerable.Range(0, csv.FieldCount).Select(csv.GetString)]);
        return (lines[0], lines.Skip(1).ToList());
    }

    public sealed class OnSqlite(SqliteLmsFactory factory) : ExportLanguageTests(factory), IClassFixture<SqliteLmsFactory>;
}
