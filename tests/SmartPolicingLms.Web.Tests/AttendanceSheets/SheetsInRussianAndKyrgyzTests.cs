using System.Globalization;
using System.Text;
using SmartPolicingLms.Web.Features.AttendanceSheets;
using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.AttendanceSheets;

// The paper an instructor takes to the room, in the language they read the interface in: the PDF is read back with
// PdfPig, so a word drawn in a font without Cyrillic (or without the Kyrgyz ң, ө, ү) would come back missing.
public sealed class SignInSheetInRussianAndKyrgyzTests
{
    [Fact]
    public void A_Russian_sheet_is_printed_in_Russian_with_the_mark_letters_the_import_reads()
    {
        var text = InLanguage("ru", () => SheetPdf.Text(SignInSheetPdf.Write(SheetPdf.Sheet([new(1, "Үмүт Өмүрбекова", "KG-0001", null)]))));

        Assert.Multiple(
            () => Assert.Contains("Лист регистрации · Police Academy of Bishkek", text),
            () => Assert.Contains("Группа: Bishkek spring intake", text),
            () => Assert.Contains("Модуль 4: Working with outreach teams", text),
            () => Assert.Contains("Преподаватели: Aibek Sadyrov, Mira Ivanova", text),
            () => Assert.Contains("ФИО", text),
            () => Assert.Contains("Подпись", text),
            () => Assert.Contains("Отм. (P/L/A/E)", text),
            () => Assert.Contains("P — присутствовал", text),
            () => Assert.Contains("Страница 1 из 1", text),
            () => Assert.Contains("Үмүт Өмүрбекова KG-0001", text),
            () => Assert.DoesNotContain("Signature", text),
            () => Assert.DoesNotContain("Page 1 of 1", text));
    }

    [Fact]
    public void A_Kyrgyz_sheet_keeps_the_letters_ң_ө_ү_when_read_back()
    {
        var text = InLanguage("ky", () => SheetPdf.Text(SignInSheetPdf.Write(SheetPdf.Sheet([]))));

        Assert.Multiple(
            () => Assert.Contains("Катталуу баракчасы", text),
            () => Assert.Contains("Тең тренерлердин орундары", text),
            () => Assert.Contains("Аты-жөнү", text),
            () => Assert.Contains("E — жүйөлүү себеп менен", text),
            () => Assert.Contains("Бул сабактын тизмесинде курсанттар жок.", text),
            () => Assert.DoesNotContain("No recruits", text));
    }

    [Fact]
    public void A_template_downloaded_in_Russian_has_Russian_headers_and_is_read_back_in_any_language()
    {
        var template = InLanguage("ru", () => Encoding.UTF8.GetString(AttendanceFile.Template([new SessionSheet.Recruit(1, "Ама Бекова", "KG-17", null)])[3..]));
        var read = InLanguage("en", () => AttendanceFile.Read(Encoding.UTF8.GetBytes(template.Replace(",\r\n", ",P\r\n"))));

        Assert.Equal("служебный_номер,фио,отметка", template.Split("\r\n")[0]);
        Assert.Equal([], read.Problems);
        Assert.Equal(("KG-17", "P"), (read.Rows.Single().ServiceNumber, read.Rows.Single().Mark));
    }

    [Fact]
    public void A_file_without_a_mark_column_is_refused_in_Russian() =>
        Assert.Equal(["В строке 1 нет столбца «отметка». В первой строке — названия столбцов: служебный_номер, фио, отметка (скачайте шаблон и начните с него)."],
            InLanguage("ru", () => AttendanceFile.Read(Encoding.UTF8.GetBytes("служебный_номер,фио\nGPS-1,Ама\n")).Problems));

    internal static T InLanguage<T>(string language, Func<T> read)
    {
        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
        try
        {
            return read();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
        }
    }
}

// The import page and its refusals for an instructor whose account is set to Russian.
public abstract class AttendanceImportInRussianTests(LmsFactory factory) : LmsTest(factory)
{
    [SkippableFact]
    public async Task The_import_page_and_a_bad_line_are_worded_in_Russian()
    {
        var world = await SheetWorld.CreateAsync(Factory);
        await world.EnrolAsync(("Ама Бекова", "KG-0001"));
        await Factory.WithDatabaseAsync(db => db.Users.Where(u => u.Id == world.Cohort.Lead.Id)
            .ExecuteUpdateAsync(u => u.SetProperty(x => x.Language, "ru")));

        var page = await world.Instructor.OpenAsync(world.ImportUrl);
        var refused = await world.ImportAsync("служебный_номер,фио,отметка\nKG-0001,Ама,maybe\n");

        Assert.Contains("Импорт посещаемости", page.Text);
        Assert.DoesNotContain("Import attendance", page.Text);
        Assert.Equal(
            ["Строка 2, отметка: «maybe» — не отметка; используйте Present, Late, Absent или Excused (или P, L, A, E) либо оставьте пустым, чтобы сохранить отметку курсанта."],
            SheetWorld.Problems(refused));
        Assert.Contains("Ничего не импортировано.", refused.Text);
    }

    public sealed class OnSqlite(SqliteLmsFactory factory) : AttendanceImportInRussianTests(factory), IClassFixture<SqliteLmsFactory>;
}
