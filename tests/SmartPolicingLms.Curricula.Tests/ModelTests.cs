using SmartPolicingLms.Curricula.Model;
using SmartPolicingLms.Curricula.Tests.Support;

namespace SmartPolicingLms.Curricula.Tests;

public sealed class ModelTests
{
    static Course Load(params (string Path, string Text)[] files)
    {
        using var course = new TempCourse();
        foreach (var (path, text) in files) course.Write(path, text);
        var result = course.Load();
        return result.Course ?? throw new Xunit.Sdk.XunitException(string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public void Course_settings_take_their_defaults_when_not_given()
    {
        var course = Load();

        Assert.Equal(new CourseSettings(2, 60, 70, 80, 50, 2), course.Settings);
        Assert.Equal(Audience.Recruits, course.Audience);
        Assert.Equal(new CourseOrigin("Test academy", "GH"), course.Origin);
    }

    [Fact]
    public void Multiple_choice_weights_give_right_options_equal_shares_and_wrong_ones_equal_penalties()
    {
        var course = Load(("questions/bank.md", """
            ## q-basics
            Objective: know-basics
            Kind: multiple

            Which are right?

            - [x] A
            - [x] B
            - [ ] C
            - [ ] D
            - [ ] E
            """));

        var weights = course.Questions.Single().Options.Select(o => o.Weight).ToList();

        Assert.Equal([0.5m, 0.5m, -1m / 3, -1m / 3, -1m / 3], weights);
        Assert.Equal(QuestionKind.MultipleChoice, course.Questions.Single().Kind);
    }

    [Fact]
    public void True_false_options_come_as_true_then_false_and_are_not_shuffled()
    {
        var course = Load(("questions/bank.md", """
            ## q-basics
            Objective: know-basics
            Kind: true-false

            Is it?

            - [x] False
            - [ ] True

            > Because.
            """));

        var question = course.Questions.Single();
        Assert.Equal(["True", "False"], question.Options.Select(o => o.Text));
        Assert.Equal([0m, 1m], question.Options.Select(o => o.Weight));
        Assert.False(question.Shuffle);
        Assert.Contains("Because.", question.FeedbackHtml);
    }

    [Fact]
    public void Attitude_items_are_unscored_and_keep_their_favourable_answer()
    {
        var course = Load(("questions/attitudes.md", """
            ## q-attitude
            Kind: attitude
            Favourable: disagree

            Syringes encourage drug use.
            """));

        var item = course.Questions.Single(q => q.Id == "q-attitude");
        Assert.False(item.IsScored);
        Assert.Equal(AttitudeDirection.Disagree, item.Favourable);
        Assert.Empty(item.Options);
        Assert.Contains("Syringes encourage drug use.", item.PromptHtml);
    }

    [Fact]
    public void Short_answers_list_every_accepted_answer()
    {
        var course = Load(("questions/more.md", """
            ## q-short
            Objective: know-basics
            Kind: short-answer
            Shuffle: no

            Name the antidote to an opioid overdose.

            - naloxone
            - Narcan
            """));

        var question = course.Questions.Single(q => q.Id == "q-short");
        Assert.Equal(["naloxone", "Narcan"], question.Options.Select(o => o.Text));
        Assert.All(question.Options, o => Assert.Equal(1m, o.Weight));
    }

    [Fact]
    public void Slots_are_expanded_by_count_and_modules_keep_their_order_and_objectives()
    {
        var course = Load(("modules/01-basics.md", """
            ---
            id: basics
            title: Basics
            hours: 2
            delivery: workshop
            objectives:
              - id: know-basics
                text: Know the basics.
            slots:
              - community: people-who-use-drugs
                role: lead-trainer
                count: 2
              - community: either
                role: co-trainer
            ---
            """));

        var module = course.Modules.Single();
        Assert.Equal(1, module.Number);
        Assert.Equal(
            [new CoTrainerSlot(Community.PeopleWhoUseDrugs, SlotRole.LeadTrainer), new CoTrainerSlot(Community.PeopleWhoUseDrugs, SlotRole.LeadTrainer), new CoTrainerSlot(Community.Either, SlotRole.CoTrainer)],
            module.Slots);
        Assert.Equal(new LearningObjective("know-basics", "Know the basics.", "basics"), Assert.Single(module.Objectives));
        Assert.Equal(2m, course.ContactHours);
    }

    [Fact]
    public void Self_study_hours_are_not_contact_hours()
    {
        var course = Load(
            ("course.md", TempCourse.ValidFiles["course.md"].Replace("hours: 2", "hours: 2.5")),
            ("modules/02-reading.md", """
                ---
                id: reading
                title: Reading
                hours: 0.5
                delivery: self-study
                objectives:
                  - id: read-it
                    text: Read it.
                ---
                """),
            ("questions/more.md", "## q-read\nObjective: read-it\nKind: true-false\n\nRead?\n\n- [x] True\n- [ ] False\n"));

        Assert.Equal(2.5m, course.Settings.DeclaredHours);
        Assert.Equal(2m, course.ContactHours);
    }

    [Fact]
    public void Certificate_wording_is_read_with_a_folded_statement_joined_into_one_line()
    {
        var course = Load(("course.md", CourseWith("""
              title: Certificate of completion
              statement: >
                Completed the test course,
                every session of it.
            """)));

        Assert.Equal(new CourseCertificate("Certificate of completion", "Completed the test course, every session of it."), course.Certificate);
    }

    [Fact]
    public void Certificate_wording_at_its_length_limits_loads_counting_a_letter_with_its_accent_once()
    {
        // 120 characters as a reader counts them, 121 UTF-16 units: the accent is a combining mark.
        var title = new string('ү', 119) + "e\u0301";
        var statement = "Completed " + new string('ө', 389) + ".";
        using var folder = new TempCourse();
        folder.Write("course.md", CourseWith($"  title: {title}\n  statement: {statement}"));

        var result = folder.Load();

        Assert.Empty(result.Diagnostics);
        Assert.Equal((121, 400), (result.Course!.Certificate!.Title.Length, result.Course.Certificate.Statement.Length));
    }

    [Fact]
    public void A_course_without_certificate_wording_loads_with_none()
    {
        var course = Load(("course.md", CourseWith(certificate: null)));

        Assert.Null(course.Certificate);
    }

    // The valid course.md with its certificate mapping's lines replaced, or without the mapping when null.
    static string CourseWith(string? certificate)
    {
        var valid = TempCourse.ValidFiles["course.md"];
        var start = valid.IndexOf("certificate:\n", StringComparison.Ordinal);
        var end = valid.IndexOf("---", start, StringComparison.Ordinal);
        return valid[..start] + (certificate is null ? "" : "certificate:\n" + certificate.TrimEnd('\n') + "\n") + valid[end..];
    }
}
