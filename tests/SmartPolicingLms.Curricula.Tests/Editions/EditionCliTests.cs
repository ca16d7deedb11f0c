using SmartPolicingLms.Cli;
using SmartPolicingLms.Cli.Preview;

namespace SmartPolicingLms.Curricula.Tests.Editions;

public sealed class EditionCliTests : IDisposable
{
    static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Editions", "Fixtures", "aligned-course");
    readonly string preview = Path.Combine(Path.GetTempPath(), "splms-preview-" + Guid.NewGuid().ToString("N")[..12]);

    [Fact]
    public void Inspect_lists_each_edition_with_its_review_state_and_counts()
    {
        var output = new StringWriter();

        Assert.Equal(0, InspectCommand.Run(Folder, output));

        Assert.Contains("Editions: 2 besides the reference (English, en), aligned with it.", output.ToString());
        Assert.Contains("| Kyrgyz, ky | Жолдомонун негиздери | reviewed | 2 | 2 | 5 (5) |", output.ToString());
        Assert.Contains("| Russian, ru | Основы направления | awaiting a native speaker's review | 2 | 2 | 5 (5) |", output.ToString());
    }

    [Fact]
    public void Strict_validation_of_an_aligned_course_with_editions_is_clean()
    {
        var output = new StringWriter();

        Assert.Equal(0, ValidateCommand.Run(Folder, strict: true, output));
        Assert.Contains("2 modules, 3 hours, 5 questions", output.ToString());
    }

    [Fact]
    public void Preview_of_an_edition_writes_its_pages_in_its_language()
    {
        Assert.Equal(0, PreviewCommand.Run(Folder, preview, new StringWriter(), edition: "ru"));

        var index = File.ReadAllText(Path.Combine(preview, "recruits", "index.html"));
        Assert.Contains("lang=\"ru\"", index);
        Assert.Contains("Основы направления", index);
        Assert.Contains("Верно", File.ReadAllText(Path.Combine(preview, "instructors", "questions.html")));
    }

    [Fact]
    public void Preview_of_an_edition_the_course_does_not_have_writes_nothing_and_names_those_it_has()
    {
        var output = new StringWriter();

        Assert.Equal(1, PreviewCommand.Run(Folder, preview, output, edition: "de"));

        Assert.Contains("the course has no 'de' edition (its editions are ky, ru)", output.ToString());
        Assert.False(Directory.Exists(preview));
    }

    public void Dispose()
    {
        if (Directory.Exists(preview)) Directory.Delete(preview, recursive: true);
    }
}
