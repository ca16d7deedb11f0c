using SmartPolicingLms.Web.Features.Cohorts;

namespace SmartPolicingLms.Web.Tests.Cohorts;

public sealed class CohortRulesTests
{
    [Theory]
    [InlineData(4, 45, 180)]
    [InlineData(6, 60, 360)]
    [InlineData(1.5, 45, 68)]
    public void A_module_needs_its_hours_at_the_course_hour_length_rounded_up(decimal hours, int hourMinutes, int minutes) =>
        Assert.Equal(minutes, CohortRules.RequiredMinutes(hours, hourMinutes));

    [Fact]
    public void A_module_whose_sessions_are_too_short_is_reported_with_the_numbers()
    {
        var module = new ModuleTime(3, "X", 4, 45, Sessions: 2, ScheduledMinutes: 150);

        Assert.True(module.IsShort);
        Assert.Equal("Module 3 'X' needs 4 × 45 = 180 minutes; its sessions add up to 150.", CohortRules.Shortfall(module));
    }

    [Fact]
    public void A_module_without_a_session_is_reported_even_before_any_time_is_counted() =>
        Assert.Equal("Module 1 'Why police matter' needs 2 × 45 = 90 minutes and has no session yet.",
            CohortRules.Shortfall(new ModuleTime(1, "Why police matter", 2, 45, 0, 0)));

    [Theory]
    [InlineData(180)]
    [InlineData(195)]
    public void Sessions_as_long_as_the_module_or_longer_for_breaks_are_enough(int scheduled) =>
        Assert.Null(CohortRules.Shortfall(new ModuleTime(3, "X", 4, 45, 1, scheduled)));

    [Fact]
    public void Publishing_is_refused_while_a_cotrainer_slot_is_open_and_the_message_says_how_many_and_where()
    {
        var blockers = CohortRules.PublishBlockers([new ModuleTime(1, "A", 2, 45, 1, 90)],
            [new SessionWithOpenSlots("Module 3 'X' on Tue 2 Mar 2027 09:00–12:15", 2), new SessionWithOpenSlots("Module 5 'Y' on Wed 3 Mar 2027 10:45–14:00", 1)]);

        var message = Assert.Single(blockers);
        Assert.StartsWith("3 co-trainer slots are still open, in 2 sessions: Module 3 'X' on Tue 2 Mar 2027 09:00–12:15 (2 open); Module 5", message);
    }

    [Fact]
    public void A_schedule_with_every_module_covered_and_no_open_slot_may_be_published() =>
        Assert.Empty(CohortRules.PublishBlockers([new ModuleTime(1, "A", 2, 45, 1, 90), new ModuleTime(2, "B", 4, 45, 2, 200)],
            [new SessionWithOpenSlots("Module 2 'B' on Mon 1 Mar 2027 09:00–12:00", 0)]));

    [Fact]
    public void Coverage_counts_each_way_a_slot_is_kept()
    {
        var counts = CohortRules.Count([SlotCoverage.Open, SlotCoverage.Named, SlotCoverage.FilledByOrganisation,
            SlotCoverage.FilledByOrganisation, SlotCoverage.Waived]);

        Assert.Equal(new CoverageCounts(FilledByOrganisation: 2, Named: 1, Waived: 1, Open: 1), counts);
        Assert.Equal(5, counts.Total);
    }

    [Theory]
    [InlineData("Draft", "Published", true)]
    [InlineData("Published", "Draft", true)]
    [InlineData("Published", "InProgress", true)]
    [InlineData("InProgress", "Completed", true)]
    [InlineData("InProgress", "Cancelled", true)]
    [InlineData("Draft", "Completed", false)]
    [InlineData("Completed", "Cancelled", false)]
    [InlineData("Cancelled", "Draft", false)]
    public void A_cohort_moves_only_along_its_life(string from, string to, bool allowed) =>
        Assert.Equal(allowed, Enum.Parse<CohortState>(from).CanMoveTo(Enum.Parse<CohortState>(to)));

    [Fact]
    public void Instructors_see_the_organisation_and_a_co_trainer_s_name_only_with_consent()
    {
        Assert.Equal("Tais Plus", CohortText.FilledBy("Tais Plus", coTrainerNamed: false, consentedName: null));
        Assert.Equal("A co-trainer from Tais Plus", CohortText.FilledBy("Tais Plus", coTrainerNamed: true, consentedName: null));
        Assert.Equal("Asel (Tais Plus)", CohortText.FilledBy("Tais Plus", coTrainerNamed: true, consentedName: "Asel"));
    }

    [Fact]
    public void Recruits_are_not_told_that_an_unnamed_co_trainer_was_chosen()
    {
        Assert.Equal("Tais Plus", CohortText.FilledBy("Tais Plus", coTrainerNamed: true, consentedName: null, toRecruit: true));
        Assert.Equal("Asel (Tais Plus)", CohortText.FilledBy("Tais Plus", coTrainerNamed: true, consentedName: "Asel", toRecruit: true));
    }
}
