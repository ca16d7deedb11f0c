using SmartPolicingLms.Web.Features.Cohorts;

namespace SmartPolicingLms.Web.Tests.Cohorts;

public sealed class ScheduleDrafterTests
{
    static readonly DateOnly Monday = new(2027, 3, 1);
    static readonly HashSet<DayOfWeek> Weekdays =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    // The Kyrgyz course's ten contact modules (39 of its 46 hours; the rest is self-study), in hours of 45 minutes.
    static readonly decimal[] KyrgyzContactHours = [2, 4, 4, 4, 4, 4, 4, 6, 4, 3];
    static readonly decimal[] GhanaHours = [6, 8, 6, 6, 5, 8];

    [Fact]
    public void The_46_hour_Kyrgyz_course_gets_every_contact_module_its_full_time_in_six_and_a_half_days()
    {
        // A day is three blocks of 90 minutes: 09:00-10:30, 10:45-12:15 and 12:30-14:00.
        var plan = new DraftPlan(Monday, Weekdays, new TimeOnly(9, 0), DailyTeachingMinutes: 6 * 45, BlockMinutes: 2 * 45, BreakMinutes: 15);

        var sessions = ScheduleDrafter.Draft(Modules(KyrgyzContactHours, 45), plan);

        Assert.Equal(
            [Session(1, 1, "09:00", "10:30"), Session(2, 1, "10:45", "14:00"),
             Session(3, 2, "09:00", "12:15"), Session(4, 2, "12:30", "14:00"),
             Session(4, 3, "09:00", "10:30"), Session(5, 3, "10:45", "14:00"),
             Session(6, 4, "09:00", "12:15"), Session(7, 4, "12:30", "14:00"),
             Session(7, 5, "09:00", "10:30"), Session(8, 5, "10:45", "14:00"),
             // The weekend of 6 and 7 March is skipped; the six-hour module 8 takes one more block on Monday.
             Session(8, 8, "09:00", "10:30"), Session(9, 8, "10:45", "14:00"),
             // The last module's 3 hours of 45 minutes: one block and half of the next.
             Session(10, 9, "09:00", "11:30")],
            sessions);
    }

    [Fact]
    public void The_Ghana_course_of_six_modules_is_drafted_on_weekdays_with_a_lunch_break()
    {
        // A day is 09:00-12:00 and, after an hour's lunch, 13:00-16:00.
        var plan = new DraftPlan(Monday, Weekdays, new TimeOnly(9, 0), DailyTeachingMinutes: 6 * 60, BlockMinutes: 3 * 60, BreakMinutes: 60);

        var sessions = ScheduleDrafter.Draft(Modules(GhanaHours, 60), plan);

        Assert.Equal(
            [Session(1, 1, "09:00", "16:00"),
             Session(2, 2, "09:00", "16:00"), Session(2, 3, "09:00", "11:00"),
             Session(3, 3, "11:00", "16:00"), Session(3, 4, "09:00", "11:00"),
             Session(4, 4, "11:00", "16:00"), Session(4, 5, "09:00", "11:00"),
             Session(5, 5, "11:00", "16:00"), Session(5, 8, "09:00", "10:00"),
             Session(6, 8, "10:00", "16:00"), Session(6, 9, "09:00", "12:00")],
            sessions);
    }

    [Fact]
    public void A_break_inside_a_module_stays_inside_its_one_session()
    {
        var plan = new DraftPlan(Monday, Weekdays, new TimeOnly(9, 0), 6 * 45, 2 * 45, 15);

        var sessions = ScheduleDrafter.Draft([new ModuleToSchedule(1, 4 * 45)], plan);

        Assert.Equal([new DraftedSession(1, Monday, new TimeOnly(9, 0), new TimeOnly(12, 15))], sessions);
    }

    [Fact]
    public void A_module_that_does_not_fit_carries_on_at_the_next_teaching_day_after_the_weekend()
    {
        var friday = new DateOnly(2027, 3, 5);
        var plan = new DraftPlan(friday, Weekdays, new TimeOnly(9, 0), 6 * 60, 0, 0);

        var sessions = ScheduleDrafter.Draft([new ModuleToSchedule(1, 8 * 60)], plan);

        Assert.Equal(
            [new DraftedSession(1, friday, new TimeOnly(9, 0), new TimeOnly(15, 0)),
             new DraftedSession(1, new DateOnly(2027, 3, 8), new TimeOnly(9, 0), new TimeOnly(11, 0))],
            sessions);
    }

    [Fact]
    public void The_next_module_starts_where_the_previous_one_ended()
    {
        var plan = new DraftPlan(Monday, Weekdays, new TimeOnly(9, 0), 6 * 45, 0, 0);

        var sessions = ScheduleDrafter.Draft([new ModuleToSchedule(1, 2 * 45), new ModuleToSchedule(2, 4 * 45)], plan);

        Assert.Equal(new TimeOnly(10, 30), sessions[1].Start);
        Assert.Equal(new TimeOnly(13, 30), sessions[1].End);
    }

    [Fact]
    public void Only_the_ticked_teaching_days_are_used()
    {
        var plan = new DraftPlan(Monday, new HashSet<DayOfWeek> { DayOfWeek.Tuesday, DayOfWeek.Thursday }, new TimeOnly(14, 0), 120, 0, 0);

        var sessions = ScheduleDrafter.Draft(Modules([2, 2, 2], 60), plan);

        Assert.Equal([new DateOnly(2027, 3, 2), new DateOnly(2027, 3, 4), new DateOnly(2027, 3, 9)], sessions.Select(s => s.Date));
    }

    [Fact]
    public void A_plan_without_a_teaching_day_or_that_runs_past_midnight_is_refused()
    {
        Assert.Throws<ArgumentException>(() => ScheduleDrafter.Draft(Modules([1], 60),
            new DraftPlan(Monday, new HashSet<DayOfWeek>(), new TimeOnly(9, 0), 60, 0, 0)));
        Assert.Throws<ArgumentException>(() => ScheduleDrafter.Draft(Modules([1], 60),
            new DraftPlan(Monday, Weekdays, new TimeOnly(20, 0), 6 * 60, 60, 30)));
    }

    [Fact]
    public void Any_workable_plan_covers_every_module_without_overlap_on_teaching_days_only()
    {
        var random = new Random(20270301);
        for (var run = 0; run < 500; run++)
        {
            var hourMinutes = random.Next(2) == 0 ? 45 : 60;
            var modules = Modules([.. Enumerable.Range(0, random.Next(1, 12)).Select(_ => (decimal)random.Next(1, 17) / 2)], hourMinutes);
            var days = Enum.GetValues<DayOfWeek>().Where(_ => random.Next(3) > 0).ToHashSet();
            if (days.Count == 0)
                days.Add(DayOfWeek.Wednesday);
            var plan = new DraftPlan(Monday.AddDays(random.Next(7)), days, new TimeOnly(random.Next(6, 11), random.Next(4) * 15),
                random.Next(1, 9) * hourMinutes, random.Next(0, 4) * hourMinutes, random.Next(0, 5) * 15);
            if (plan.DailyStart.ToTimeSpan().TotalMinutes + ScheduleDrafter.DayLengthMinutes(plan) >= 24 * 60)
                continue;

            var sessions = ScheduleDrafter.Draft(modules, plan);

            AssertCoversEveryModule(modules, sessions);
            AssertKeepsToThePlan(plan, sessions);
        }
    }

    // A session of March 2027, the month these tests draft in.
    static DraftedSession Session(int moduleId, int marchDay, string start, string end) =>
        new(moduleId, new DateOnly(2027, 3, marchDay), TimeOnly.ParseExact(start, "HH:mm"), TimeOnly.ParseExact(end, "HH:mm"));

    static List<ModuleToSchedule> Modules(decimal[] hours, int hourMinutes) =>
        [.. hours.Select((h, i) => new ModuleToSchedule(i + 1, (int)Math.Ceiling(h * hourMinutes)))];

    // Longer than needed is fine (breaks inside a session); shorter never is, and modules keep their order.
    static void AssertCoversEveryModule(IReadOnlyList<ModuleToSchedule> modules, IReadOnlyList<DraftedSession> sessions)
    {
        foreach (var module in modules)
        {
            var own = sessions.Where(s => s.ModuleId == module.ModuleId).ToList();
            Assert.NotEmpty(own);
            Assert.True(own.Sum(s => (s.End - s.Start).TotalMinutes) >= module.Minutes, $"module {module.ModuleId} is short");
        }
        Assert.Equal(modules.Select(m => m.ModuleId), sessions.Select(s => s.ModuleId).Distinct());
    }

    static void AssertKeepsToThePlan(DraftPlan plan, IReadOnlyList<DraftedSession> sessions)
    {
        var dayEnd = plan.DailyStart.AddMinutes(ScheduleDrafter.DayLengthMinutes(plan));
        Assert.All(sessions, s =>
        {
            Assert.Contains(s.Date.DayOfWeek, plan.TeachingDays);
            Assert.True(s.Date >= plan.StartDate && s.Start >= plan.DailyStart && s.End <= dayEnd && s.Start < s.End, s.ToString());
        });
        foreach (var (earlier, later) in sessions.Zip(sessions.Skip(1)))
            Assert.True(earlier.Date < later.Date || (earlier.Date == later.Date && earlier.End <= later.Start), $"{earlier} overlaps {later}");
    }
}
