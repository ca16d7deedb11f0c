using SmartPolicingLms.Curricula.Diagnostics;
using SmartPolicingLms.Curricula.Model;

namespace SmartPolicingLms.Curricula.Tests.Gift;

public sealed class GiftMoodleExportTests
{
    // As Moodle 4 writes it: question comments, category switches, [html] text with entities,
    // escaped '=' and ':' inside attributes, \n for the editor's line breaks, CRLF line ends.
    const string Export = """
        // question: 0  name: Switch category to $course$/top/Default for Course
        // [info:The default category for questions shared in context 'Course'.]
        $CATEGORY: $course$/top/Default for Course


        // question: 1234  name: Q1
        // [tag:referral]
        ::Q1::[html]<p dir\="ltr" style\="text-align\: left;">A man carrying a used syringe asks where he can get clean ones.&nbsp;What do you do?</p>{
        	=<p>Tell him where the nearest programme is.</p>#<p>Yes.</p>
        	~<p>Take his details first.</p>#<p>No\: referral works only without conditions.</p>
        	~<p>Confiscate the syringe.</p>
        }


        // question: 1235  name: Services
        ::Services::[html]<p>Which of these are harm-reduction services?</p>\n<p>Choose all that apply.</p>{
        	~%50%<p>Needle and syringe programme</p>
        	~%50%<p>Opioid substitution therapy</p>
        	~%-100%<p>Compulsory detention</p>
        	####<p>See module 2.</p>
        }


        // question: 1236  name: Possession
        ::Possession::[html]<p>Carrying a clean syringe is an offence.</p>{FALSE#<p>It is not.</p>#<p>Correct.</p>####<p>The law does not forbid it.</p>}


        // question: 1237  name: Capital
        ::Capital::[html]<p>Where is the national drop-in network based?</p>{
        	=%100%Accra#
        	=%50%Kumasi#<p>Regional office only.</p>
        }


        // question: 0  name: Switch category to $course$/top/Default for Course/make-a-referral
        $CATEGORY: $course$/top/Default for Course/make-a-referral


        // question: 1238  name: Referral: consent
        ::Referral\: consent::[html]<p>Referral needs consent.</p>{TRUE}


        """;

    static GiftTestFile ReadExport() => GiftTestFile.Read(Export.Replace("\n", "\r\n"), "make-a-referral");

    [Fact]
    public void A_Moodle_export_loads_without_errors()
    {
        var file = ReadExport();

        Assert.Empty(file.Errors);
        Assert.Equal(new[] { "q1", "services", "possession", "capital", "referral-consent" }, file.Questions.Select(q => q.Id));
        Assert.Equal(
            new[] { QuestionKind.SingleChoice, QuestionKind.MultipleChoice, QuestionKind.TrueFalse, QuestionKind.ShortAnswer, QuestionKind.TrueFalse },
            file.Questions.Select(q => q.Kind));
        Assert.Equal(new[] { 8, 16, 25, 29, 40 }, file.Questions.Select(q => q.Line));
    }

    [Fact]
    public void Questions_under_the_default_category_are_warned_about_and_the_objective_category_names_it()
    {
        var file = ReadExport();

        Assert.Equal(new string?[] { null, null, null, null, "make-a-referral" }, file.Questions.Select(q => q.ObjectiveId));
        Assert.All(file.Diagnostics, d => Assert.Equal(DiagnosticCodes.QuestionWithoutObjective, d.Code));
        Assert.Equal(4, file.Diagnostics.Count);
    }

    [Fact]
    public void Exported_html_becomes_encoded_text()
    {
        var questions = ReadExport().Questions;

        Assert.Equal("<p>A man carrying a used syringe asks where he can get clean ones. What do you do?</p>\n", questions[0].PromptHtml);
        Assert.Equal("<p>Which of these are harm-reduction services?</p>\n<p>Choose all that apply.</p>\n", questions[1].PromptHtml);
        Assert.Equal("<p>No: referral works only without conditions.</p>\n", questions[0].Options[1].FeedbackHtml);
        Assert.Equal(new[] { 0.5m, 0.5m, -1m }, questions[1].Options.Select(o => o.Weight));
        Assert.Equal("<p>See module 2.</p>\n", questions[1].FeedbackHtml);
        Assert.Equal("<p>The law does not forbid it.</p>\n", questions[2].FeedbackHtml);
        Assert.Equal(new[] { "Accra", "Kumasi" }, questions[3].Options.Select(o => o.Text));
        Assert.Null(questions[3].Options[0].FeedbackHtml);
    }
}
