namespace SmartPolicingLms.Web.Features.Calendar;

internal static class CalendarServices
{
    public static IServiceCollection AddCalendar(this IServiceCollection services)
    {
        services.AddScoped<FeedSessions>();
        services.AddScoped<MySessions>();
        services.AddScoped<CohortCalendar.Query>();
        services.AddScoped<CohortCalendar.ReplaceHandler>();
        services.AddScoped<InstructorCalendarLink>();
        return services;
    }
}
