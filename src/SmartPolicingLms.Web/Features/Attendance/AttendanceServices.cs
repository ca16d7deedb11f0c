namespace SmartPolicingLms.Web.Features.Attendance;

internal static class AttendanceServices
{
    public static IServiceCollection AddAttendance(this IServiceCollection services)
    {
        services.AddScoped<SessionRoster>();
        services.AddScoped<AttendanceBook>();
        services.AddScoped<RollCallWindow>();
        services.AddScoped<ShowRollCall>();
        services.AddScoped<TakeRollCall.Handler>();
        return services;
    }
}
