namespace SmartPolicingLms.Web.Features.Cohorts;

// A contact module and the teaching minutes it needs (its hours at the course's hour length).
internal sealed record ModuleToSchedule(int ModuleId, int Minutes);

// How the academy teaches: which days, from when, how much a day, and the break after every block.
// Times are the institution's local wall-clock times; BlockMinutes 0 means no breaks.
internal sealed record DraftPlan(
    DateOnly StartDate, IReadOnlySet<DayOfWeek> TeachingDays, TimeOnly DailyStart,
    int DailyTeachingMinutes, int BlockMinutes, int BreakMinutes);

internal sealed record DraftedSession(int ModuleId, DateOnly Date, TimeOnly Start, TimeOnly End);

internal readonly record struct TeachingBlock(DateOnly Date, TimeOnly Start, int Minutes);

// Lays the modules end to end on the teaching days. A module gets one session per day it is taught on; a break
// inside that day stays inside its session (longer than needed is fine, shorter never), and a module that does
// not fit in what is left of a day carries on at the next teaching day.
internal static class ScheduleDrafter
{
    public static IReadOnlyList<DraftedSession> Draft(IReadOnlyList<ModuleToSchedule> modules, DraftPlan plan)
    {
        EnsureWorkable(plan);
        var sessions = new List<DraftedSession>();
        using var blocks = Blocks(plan).GetEnumerator();
        blocks.MoveNext();
        var used = 0;
        foreach (var module in modules)
        {
            DraftedSession? current = null;
            for (var needed = module.Minutes; needed > 0;)
            {
                if (used == blocks.Current.Minutes)
                {
                    blocks.MoveNext();
                    used = 0;
                }
                var block = blocks.Current;
                var taken = Math.Min(needed, block.Minutes - used);
                var start = block.Start.AddMinutes(used);
                var end = start.AddMinutes(taken);
                if (current is not null && current.Date == block.Date)
                {
                    current = current with { End = end };
                }
                else
                {
                    if (current is not null)
                        sessions.Add(current);
                    current = new DraftedSession(module.ModuleId, block.Date, start, end);
                }
                used += taken;
                needed -= taken;
            }
            if (current is not null)
                sessions.Add(current);
        }
        return sessions;
    }

    // Minutes from the day's start to its last taught minute, breaks included. Counted rather than read off the clock,
    // which would wrap at midnight; the caller keeps the day before midnight.
    public static int DayLengthMinutes(DraftPlan plan)
    {
        var blocks = plan.BlockMinutes > 0 ? (plan.DailyTeachingMinutes + plan.BlockMinutes - 1) / plan.BlockMinutes : 1;
        return plan.DailyTeachingMinutes + (blocks - 1) * plan.BreakMinutes;
    }

    // Endless: the caller stops taking blocks when every module is placed.
    static IEnumerable<TeachingBlock> Blocks(DraftPlan plan)
    {
        for (var date = plan.StartDate; ; date = date.AddDays(1))
        {
            if (!plan.TeachingDays.Contains(date.DayOfWeek))
                continue;
            foreach (var block in BlocksOfDay(date, plan))
                yield return block;
        }
    }

    static IEnumerable<TeachingBlock> BlocksOfDay(DateOnly date, DraftPlan plan)
    {
        var start = plan.DailyStart;
        for (var left = plan.DailyTeachingMinutes; left > 0;)
        {
            var length = plan.BlockMinutes > 0 ? Math.Min(plan.BlockMinutes, left) : left;
            yield return new TeachingBlock(date, start, length);
            start = start.AddMinutes(length + plan.BreakMinutes);
            left -= length;
        }
    }

    static void EnsureWorkable(DraftPlan plan)
    {
        // Without a teaching day or teaching time the endless block sequence would never yield.
        if (plan.TeachingDays.Count == 0 || plan.DailyTeachingMinutes <= 0 || plan.BlockMinutes < 0 || plan.BreakMinutes < 0)
            throw new ArgumentException("A plan needs at least one teaching day and some teaching time a day.", nameof(plan));
        if (plan.DailyStart.ToTimeSpan().TotalMinutes + DayLengthMinutes(plan) >= 24 * 60)
            throw new ArgumentException("A teaching day must end before midnight.", nameof(plan));
    }
}
