using SmartPolicingLms.Curricula.Diagnostics;
using SmartPolicingLms.Curricula.Gift;
using SmartPolicingLms.Curricula.Model;
using SmartPolicingLms.Curricula.Rendering;

namespace SmartPolicingLms.Curricula.Tests.Gift;

public sealed class GiftCyrillicTests
{
    [Fact]
    public void Russian_titles_that_differ_give_different_ids_in_latin_letters()
    {
        var (questions, diagnostics) = Read("::ВИЧ 1::Текст{T}\n\n::ПКП 1::Текст{F}");

        Assert.Equal(["vich-1", "pkp-1"], questions.Select(q => q.Id));
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Kyrgyz_letters_have_their_own_latin_spelling()
    {
        var (questions, _) = Read("::Өңүт 2::Текст{T}\n\n::Онут 2::Текст{T}");

        Assert.Equal(["oenguet-2", "onut-2"], questions.Select(q => q.Id));
    }

    [Fact]
    public void A_cyrillic_title_keeps_its_id_when_questions_are_reordered()
    {
        var (first, _) = Read("::Вопрос::Текст{T}\n\n::Другой::Текст{T}");
        var (reordered, _) = Read("::Другой::Текст{T}\n\n::Вопрос::Текст{T}");

        Assert.Equal(first.Select(q => q.Id).Order(), reordered.Select(q => q.Id).Order());
        Assert.Equal("vopros", first[0].Id);
    }

    [Fact]
    public void A_title_in_a_script_without_a_spelling_gets_a_stable_id_from_its_hash()
    {
        var (questions, diagnostics) = Read("::問題 1::Text{T}\n\n::問題 2::Text{T}\n\n::Қазақ::Text{T}");
        var (again, _) = Read("::Қазақ::Text{T}\n\n::問題 2::Text{T}");

        Assert.All(questions, q => Assert.Matches("^[a-z][a-z0-9]*(-[a-z0-9]+)*-[0-9a-f]{8}$", q.Id));
        Assert.Equal(3, questions.Select(q => q.Id).Distinct().Count());
        Assert.Equal([questions[2].Id, questions[1].Id], again.Select(q => q.Id));
        Assert.Empty(diagnostics);
    }

    [Theory]
    [InlineData("ru", "Верно", true)]
    [InlineData("ru", "неверно", false)]
    [InlineData("ru", "Да", true)]
    [InlineData("ky", "Туура эмес", false)]
    [InlineData("ky", "Ооба", true)]
    [InlineData("ru-KG", "Нет", false)]
    [InlineData("ru", "TRUE", true)]
    [InlineData("ky", "F", false)]
    public void True_false_accepts_the_words_of_the_course_language(string language, string word, bool right)
    {
        var (questions, diagnostics) = Read($"::q::Текст{{{word}}}", language);

        var question = Assert.Single(questions);
        Assert.Equal(QuestionKind.TrueFalse, question.Kind);
        Assert.Equal(right, question.Options[0].IsCorrect);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Russian_words_are_not_true_false_in_an_english_course()
    {
        var (questions, diagnostics) = Read("::q::Text{Верно}", "en");

        Assert.Empty(questions);
        Assert.Contains(diagnostics, d => d.Severity == Severity.Error);
    }

    [Fact]
    public void The_options_of_a_russian_true_false_question_are_labelled_in_russian()
    {
        var (questions, _) = Read("::q::Текст{Верно}", "ru");

        Assert.Equal(["Верно", "Неверно"], Assert.Single(questions).Options.Select(o => o.Text));
    }

    static (IReadOnlyList<Question> Questions, IReadOnlyList<Diagnostic> Diagnostics) Read(string gift, string? language = null)
    {
        var diagnostics = new DiagnosticBag();
        var links = new LinkPolicy("questions/x.gift", new HashSet<string>(), p => p, diagnostics);
        var questions = GiftReader.Read("// objective: obj\n" + gift.Replace("\n\n", "\n\n// objective: obj\n"),
            "questions/x.gift", new HashSet<string> { "obj" }, links, diagnostics, language);
        return (questions, diagnostics.Items);
    }
}
