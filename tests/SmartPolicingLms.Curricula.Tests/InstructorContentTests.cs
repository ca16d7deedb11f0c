using SmartPolicingLms.Curricula.Model;
using SmartPolicingLms.Curricula.Tests.Support;

namespace SmartPolicingLms.Curricula.Tests;

public sealed class InstructorContentTests
{
    const string FrontMatter = """
        ---
        id: basics
        title: Basics
        hours: 2
        delivery: lecture
        objectives:
          - id: know-basics
            text: Know the basics.
        legal-claims:
          - claim: Carrying clean needles is not evidence of a drug offence.
            source: Criminal Code, art. 283
            review: pending
          - claim: Police may not detain a person only for carrying condoms.
            reviewed-by: A. Bekova, legal adviser
            reviewed-on: 2026-11-30
        ---

        Text for everyone, with ::double colons:: left as they are.

        ::: instructor
        Ask who has met an **outreach worker** before.
        :::

        ::: plan
        - 10 min — Welcome
        - 50 min — Lecture
          - 5 min — a detail, not counted
        - 15 min break — tea
        - 60 min: Case work
        :::
        """;

    static Module LoadModule()
    {
        using var course = new TempCourse();
        course.Write("modules/01-basics.md", FrontMatter);
        var result = course.Load();
        return result.Course?.Modules[0] ?? throw new Xunit.Sdk.XunitException(string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public void Recruits_rendering_has_no_instructor_only_text()
    {
        var module = LoadModule();

        Assert.Contains("Text for everyone", module.HtmlFor(Viewer.Recruit));
        Assert.DoesNotContain("outreach worker", module.HtmlFor(Viewer.Recruit));
        Assert.DoesNotContain("Welcome", module.HtmlFor(Viewer.Recruit));
        Assert.DoesNotContain("For instructors", module.HtmlFor(Viewer.Recruit));
        Assert.Equal(module.Html, module.HtmlFor(Viewer.Recruit));
    }

    [Fact]
    public void Instructors_rendering_labels_each_block_for_instructors()
    {
        var html = LoadModule().HtmlFor(Viewer.Instructor);

        Assert.Contains("Text for everyone", html);
        Assert.Contains("<div class=\"instructor-only instructor-instructor\" role=\"note\"><p class=\"instructor-only-label\">For instructors</p>", html);
        Assert.Contains("<strong>outreach worker</strong>", html);
        Assert.Contains("<p class=\"instructor-only-label\">For instructors: session plan</p>", html);
        Assert.Contains("Welcome", html);
    }

    [Fact]
    public void Double_colons_in_text_stay_text()
    {
        Assert.Contains("::double colons::", LoadModule().Html);
    }

    [Fact]
    public void The_plan_counts_teaching_and_breaks_apart_and_skips_details()
    {
        var plan = LoadModule().Plan!;

        Assert.Equal([10, 50, 15, 60], plan.Steps.Select(s => s.Minutes));
        Assert.Equal(120, plan.TeachingMinutes);
        Assert.Equal(15, plan.BreakMinutes);
        Assert.Equal("15 min break — tea", "15 min " + plan.Steps[2].Text);
        Assert.True(plan.Steps[2].IsBreak);
        Assert.Equal(24, plan.Line);
    }

    [Fact]
    public void Legal_claims_keep_the_authors_text_and_their_review_state()
    {
        var module = LoadModule();

        Assert.True(module.NeedsLegalReview);
        Assert.Equal([true, false], module.LegalClaims.Select(c => c.IsPending));
        Assert.Equal("Criminal Code, art. 283", module.LegalClaims[0].Source);
        Assert.Equal(new LegalReview("A. Bekova, legal adviser", new DateOnly(2026, 11, 30)), module.LegalClaims[1].Review);
    }
}
