using SmartPolicingLms.Curricula.Diagnostics;
using SmartPolicingLms.Curricula.Model;

namespace SmartPolicingLms.Curricula.Tests.Gift;

/// <summary>
/// The examples of Moodle's GIFT format documentation (docs.moodle.org/en/GIFT_format), written out:
/// each one Moodle imports imports here with the keys Moodle gives it; essays are refused on their line.
/// </summary>
public sealed class GiftMoodleDocsTests
{
    public static TheoryData<string, QuestionKind, string> Imported => new()
    {
        { "::Q1:: 1+1=2 {T}", QuestionKind.TrueFalse, "True 1 | False 0" },
        { "::Q2:: What's between orange and green in the spectrum?\n{ =yellow # right; good! ~red # wrong, it's yellow ~blue # wrong, it's yellow }",
            QuestionKind.SingleChoice, "yellow 1 | red 0 | blue 0" },
        { "::Q3:: Two plus {=two =2} equals four.", QuestionKind.ShortAnswer, "two 1 | 2 1" },
        { "::Q4:: Which animal eats which food? { =cat -> cat food =dog -> dog food }", QuestionKind.Matching, "cat -> cat food | dog -> dog food" },
        { "::Q5:: What is a number from 1 to 5? {#3:2}", QuestionKind.Numerical, "3±2 1" },
        { "::Q6:: What is a number from 1 to 5? {#1..5}", QuestionKind.Numerical, "3±2 1" },
        { "::Q7:: When was Ulysses S. Grant born? {#\n         =1822:0      # Correct! Full credit.\n         =%50%1822:2  # He was born in 1822. Half credit for being close.\n}",
            QuestionKind.Numerical, "1822±0 1 | 1822±2 0.5" },
        { "Who's buried in Grant's tomb?{~Grant ~Jefferson =no one}", QuestionKind.SingleChoice, "Grant 0 | Jefferson 0 | no one 1" },
        { "Grant is {~buried =entombed ~living} in Grant's tomb.", QuestionKind.SingleChoice, "buried 0 | entombed 1 | living 0" },
        { "Grant is buried in Grant's tomb.{F}", QuestionKind.TrueFalse, "True 0 | False 1" },
        { "The sun rises in the east.{T}", QuestionKind.TrueFalse, "True 1 | False 0" },
        { "Who's buried in Grant's tomb?{=no one =nobody}", QuestionKind.ShortAnswer, "no one 1 | nobody 1" },
        { "Two plus two equals {=four =4}.", QuestionKind.ShortAnswer, "four 1 | 4 1" },
        { "Matching Question. {\n    =subquestion1 -> subanswer1\n    =subquestion2 -> subanswer2\n    =subquestion3 -> subanswer3\n    }",
            QuestionKind.Matching, "subquestion1 -> subanswer1 | subquestion2 -> subanswer2 | subquestion3 -> subanswer3" },
        { "Match the following countries with their corresponding capitals. {\n    =Canada -> Ottawa\n    =Italy  -> Rome\n    =Japan  -> Tokyo\n    =India  -> New Delhi\n    }",
            QuestionKind.Matching, "Canada -> Ottawa | Italy -> Rome | Japan -> Tokyo | India -> New Delhi" },
        { "Moodle costs {~lots of money =nothing ~a small amount} to download from moodle.org.", QuestionKind.SingleChoice,
            "lots of money 0 | nothing 1 | a small amount 0" },
        { "When was Ulysses S. Grant born?{#1822}", QuestionKind.Numerical, "1822±0 1" },
        { "What is the value of pi (to 3 decimal places)? {#3.1415:0.0005}.", QuestionKind.Numerical, "3.1415±0.0005 1" },
        { "What is the value of pi (to 3 decimal places)? {#3.141..3.142}.", QuestionKind.Numerical, "3.1415±0.0005 1" },
        { "When was Ulysses S. Grant born? {#\n    =1822:0\n    =%50%1822:2}", QuestionKind.Numerical, "1822±0 1 | 1822±2 0.5" },
        { "::Grant's Tomb::Grant is buried in Grant's tomb.{F}", QuestionKind.TrueFalse, "True 0 | False 1" },
        { "What's the answer to this multiple-choice question?{\n~wrong answer#feedback comment on the wrong answer\n~another wrong answer#feedback comment on this wrong answer\n=right answer#Very good!}",
            QuestionKind.SingleChoice, "wrong answer 0 | another wrong answer 0 | right answer 1" },
        { "Who's buried in Grant's tomb?{\n=no one#excellent answer!\n=nobody#excellent answer too!}", QuestionKind.ShortAnswer, "no one 1 | nobody 1" },
        { "Grant is buried in Grant's tomb.{FALSE#No one is buried in Grant's tomb.}", QuestionKind.TrueFalse, "True 0 | False 1" },
        { "What two people are entombed in Grant's tomb? {\n   ~%-100%No one\n   ~%50%Grant\n   ~%50%Grant's wife\n   ~%-100%Grant's father }",
            QuestionKind.MultipleChoice, "No one -1 | Grant 0.5 | Grant's wife 0.5 | Grant's father -1" },
        { "Difficult question{~wrong answer ~%50%half credit answer =full credit answer}", QuestionKind.SingleChoice,
            "wrong answer 0 | half credit answer 0.5 | full credit answer 1" },
        { "::Jesus' hometown::Jesus Christ was from {\n    ~Jerusalem#This was an important city, but the wrong answer.\n    ~%25%Bethlehem#He was born here, but not raised here.\n    ~%50%Galilee#You need to be more specific.\n    =Nazareth#Yes! That's right!\n}.",
            QuestionKind.SingleChoice, "Jerusalem 0 | Bethlehem 0.25 | Galilee 0.5 | Nazareth 1" },
        { "::Jesus' hometown:: Jesus Christ was from {\n    =Nazareth#Yes! That's right!\n    =%75%Nazereth#Right, but misspelled.\n    =%25%Bethlehem#He was born here, but not raised here.\n}",
            QuestionKind.ShortAnswer, "Nazareth 1 | Nazereth 0.75 | Bethlehem 0.25" },
        { "Which of these colors is not in the rainbow?{~red ~green ~blue =black}####Rainbow colors are red, orange, yellow, green, blue, indigo and violet.",
            QuestionKind.SingleChoice, "red 0 | green 0 | blue 0 | black 1" },
        { "::Grants tomb::Who is buried in Grant's tomb in New York City? {\n=Grant\n~No one\n#Was true for 12 years, but Grant's remains were buried in the tomb in 1897\n~Napoleon\n#He was buried in France\n~Churchill\n#He was buried in England\n~Mother Teresa\n#She was buried in India\n}",
            QuestionKind.SingleChoice, "Grant 1 | No one 0 | Napoleon 0 | Churchill 0 | Mother Teresa 0" },
        { "::GIFT Control Characters::\nWhich answer equals 5? {\n   ~ \\= 2 + 2\n   = \\= 2 + 3\n   ~ \\= 2 + 4  }",
            QuestionKind.SingleChoice, "= 2 + 2 0 | = 2 + 3 1 | = 2 + 4 0" },
        { "::Colon in text::Which protocol does https\\://moodle.org use?{=HTTPS ~FTP}", QuestionKind.SingleChoice, "HTTPS 1 | FTP 0" },
        { "[markdown]Which word is **bold** here?{=this ~that}", QuestionKind.SingleChoice, "this 1 | that 0" },
    };

    [Theory]
    [MemberData(nameof(Imported))]
    public void Every_example_Moodle_imports_imports_here_with_the_same_key(string gift, QuestionKind kind, string keys)
    {
        var file = GiftTestFile.ReadQuestion(gift);

        Assert.Empty(file.Errors);
        var question = file.Single;
        Assert.Equal(kind, question.Kind);
        Assert.Equal(keys, GiftKeys.Of(question));
    }

    [Theory]
    [InlineData("::Q8:: How are you? {}")]
    [InlineData("Write a short biography of Dag Hammarskjöld. {}")]
    public void Essays_are_refused_on_their_line(string gift)
    {
        var file = GiftTestFile.Read("// objective: a\n\n" + gift, "a");

        var error = Assert.Single(file.Errors);
        Assert.Equal((DiagnosticCodes.GiftUnsupported, 3), (error.Code, error.Line));
        Assert.Contains("essay", error.Message);
    }
}
