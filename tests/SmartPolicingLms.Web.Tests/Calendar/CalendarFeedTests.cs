using SmartPolicingLms.Web.Features.Calendar;

namespace SmartPolicingLms.Web.Tests.Calendar;

public sealed class CalendarFeedTests
{
    static readonly DateTime Now = new(2027, 3, 1, 6, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData("Asia/Bishkek")]
    [InlineData("Africa/Accra")]
    [InlineData("Africa/Nairobi")]
    [InlineData("Asia/Kolkata")]
    public void Each_session_reads_back_at_its_local_time_in_the_institutions_zone(string zoneId)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        var starts = TimeZoneInfo.ConvertTimeToUtc(new DateTime(2027, 3, 8, 9, 0, 0), zone);
        var ends = TimeZoneInfo.ConvertTimeToUtc(new DateTime(2027, 3, 8, 12, 15, 0), zone);

        var parsed = Parse(CalendarFeed.Write("Cohort", zoneId, [Session(1, starts, ends)], Now));

        var e = Assert.Single(parsed.Events);
        Assert.Equal(starts, e.Start!.AsUtc);
        Assert.Equal(ends, e.End!.AsUtc);
        Assert.Equal(new DateTime(2027, 3, 8, 9, 0, 0), TimeZoneInfo.ConvertTimeFromUtc(e.Start.AsUtc, zone));
        Assert.Equal(new DateTime(2027, 3, 8, 12, 15, 0), TimeZoneInfo.ConvertTimeFromUtc(e.End.AsUtc, zone));
    }

    [Fact]
    public void An_event_is_titled_by_course_and_module_and_placed_in_its_room()
    {
        var parsed = Parse(CalendarFeed.Write("Cohort", "Africa/Accra", [Session(7, Now.AddDays(1), Now.AddDays(1).AddHours(2))], Now));

        var e = Assert.Single(parsed.Events);
        Assert.Equal("Ghana recruit course: HIV and Human Rights", e.Summary);
        Assert.Equal("Classroom B", e.Location);
        Assert.Equal("cohort-session-7@smartpolicinglms", e.Uid);
    }

    [Fact]
    public void The_description_names_the_co_teaching_organisations_and_counts_open_and_waived_seats()
    {
        var session = Session(1, Now.AddDays(1), Now.AddDays(1).AddHours(2)) with
        {
            DeliveringOrganisations = ["Tais Plus", "Sotsium"], OpenSlots = 1, WaivedSlots = 2,
        };

        var description = Assert.Single(Parse(CalendarFeed.Write("Cohort", null, [session], Now)).Events).Description!;

        Assert.Contains("Co-taught with: Tais Plus, Sotsium", description);
        Assert.Contains("still open: 1", description);
        Assert.Contains("waived: 2", description);
    }

    [Theory]
    [InlineData(nameof(CohortState.Draft), "TENTATIVE")]
    [InlineData(nameof(CohortState.Published), "CONFIRMED")]
    [InlineData(nameof(CohortState.Cancelled), "CANCELLED")]
    public void The_cohorts_state_becomes_the_events_status(string state, string status)
    {
        var session = Session(1, Now.AddDays(1), Now.AddDays(1).AddHours(2)) with { CohortState = Enum.Parse<CohortState>(state) };

        Assert.Equal(status, Assert.Single(Parse(CalendarFeed.Write("Cohort", null, [session], Now)).Events).Status);
    }

    [Fact]
    public void A_calendar_with_no_sessions_is_still_a_valid_calendar()
    {
        var text = CalendarFeed.Write("Empty", "Asia/Bishkek", [], Now);

        Assert.StartsWith("BEGIN:VCALENDAR", text);
        Assert.Empty(Parse(text).Events);
    }

    static Ical.Net.Calendar Parse(string text) => Ical.Net.Calendar.Load(text) ?? throw new InvalidOperationException("No calendar parsed.");

    static CalendarFeed.Session Session(int id, DateTime startsAt, DateTime endsAt) => new(
        id, startsAt, endsAt, "Ghana recruit course", "HIV and Human Rights", "Classroom B", "Recruit intake",
        "National Police Training School", CohortState.Published, 3, [], 0, 0);
}
