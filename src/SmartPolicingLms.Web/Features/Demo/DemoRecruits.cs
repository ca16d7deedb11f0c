using System.Globalization;
using System.Text;
using SmartPolicingLms.Curricula.Model;
using SmartPolicingLms.Web.Features.Assessments;

namespace SmartPolicingLms.Web.Features.Demo;

// The demo's recruits and how each of them does, decided from their place in the roster so that every seeded
// installation shows the same picture: most recruits attend and pass, one misses too many sessions, one does not
// reach the post-test's pass mark, and a few are late or excused now and then. Names are invented.
internal static class DemoRecruits
{
    static readonly string[] Kyrgyz =
    [
        "Айбек Токтогулов", "Жылдыз Осмонова", "Нурлан Абдыкадыров", "Айгерим Жумабаева", "Эрмек Сыдыков", "Динара Касымова",
        "Бекзат Маматов", "Чолпон Исакова", "Тимур Бакиров", "Гулнара Турдубаева", "Максат Усенов", "Азамат Эсенбаев",
    ];

    static readonly string[] Ghana =
    [
        "Kwame Mensah", "Akosua Boateng", "Yaw Owusu", "Efua Asante", "Kojo Appiah", "Ama Darko", "Kwabena Ofori",
        "Adwoa Sarpong", "Kofi Agyeman", "Abena Nyarko",
    ];

    public static IReadOnlyList<string> Names(string countryCode) => countryCode == "KG" ? Kyrgyz : Ghana;

    // A roster file as an instructor would upload it: names and service numbers.
    public static byte[] RosterFile(string countryCode)
    {
        var csv = new StringBuilder("name,service number\n");
        var names = Names(countryCode);
        for (var i = 0; i < names.Count; i++)
            csv.Append(CultureInfo.InvariantCulture, $"{names[i]},{countryCode}-DEMO-{i + 1:000}\n");
        return Encoding.UTF8.GetBytes(csv.ToString());
    }

    // The second-to-last recruit misses every other session; the last one attends but does not pass the post-test.
    public static AttendanceMark Mark(int recruit, int recruits, int session) =>
        recruit == recruits - 2 && session % 2 == 0 ? AttendanceMark.Absent
        : (recruit * 7 + session * 3) % 23 == 0 ? AttendanceMark.Late
        : (recruit + session * 5) % 29 == 0 ? AttendanceMark.Excused
        : AttendanceMark.Present;

    // The share of questions a recruit answers well: lower before the course than after it.
    public static int Ability(int recruit, int recruits, TestKind kind) => kind == TestKind.Pre
        ? 35 + recruit * 37 % 30
        : recruit == recruits - 1 ? 40 : 85 + recruit * 41 % 15;

    // One recruit's paper answers, by question number: a question is answered well when a fixed spread of the
    // recruit, the question and the test falls under the recruit's ability; otherwise wrongly or not at all.
    public static Dictionary<int, EnterPaperTest.Answer> Answers(IReadOnlyList<QuestionView> questions, int recruit, int ability, TestKind kind)
    {
        var answers = new Dictionary<int, EnterPaperTest.Answer>();
        foreach (var question in questions)
        {
            var well = (recruit * 31 + question.Number * 17 + (int)kind * 7) % 100 < ability;
            if (AnswerTo(question, well) is { } answer)
                answers[question.Number] = answer;
        }
        return answers;
    }

    static EnterPaperTest.Answer? AnswerTo(QuestionView question, bool well)
    {
        var best = question.Options.Count == 0 ? null : question.Options.MaxBy(o => o.Weight);
        var worst = question.Options.Count == 0 ? null : question.Options.MinBy(o => o.Weight);
        switch (question.Kind)
        {
            case QuestionKind.SingleChoice or QuestionKind.TrueFalse when best is not null:
                return new() { Chosen = [(well ? best : worst!).Position] };
            case QuestionKind.MultipleChoice when best is not null:
                return new() { Chosen = well ? [.. question.Options.Where(o => o.Weight > 0).Select(o => o.Position)] : [worst!.Position] };
            case QuestionKind.Attitude:
                var towards = well ? 5 : 3;
                return new() { Agreement = question.Favourable == AttitudeDirection.Agree ? towards : 6 - towards };
            case QuestionKind.ShortAnswer when well && best is not null:
                return new() { Text = best.Text };
            case QuestionKind.Numerical when well && best?.Number is { } number:
                return new() { Text = number.Value.ToString(CultureInfo.InvariantCulture) };
            case QuestionKind.Matching when well:
                var choices = question.MatchChoices.ToList();
                return new() { Matched = [.. question.MatchItems.Select(i => $"{i.Position}:{choices.IndexOf(i.Match!) + 1}")] };
            default:
                return null;
        }
    }
}
