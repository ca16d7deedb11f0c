namespace SmartPolicingLms.Web.Features.AttendanceSheets;

internal static class AttendanceSheetServices
{
    public static IServiceCollection AddAttendanceSheets(this IServiceCollection services)
    {
        services.AddScoped<SessionSheet>();
        services.AddScoped<ImportAttendance.Handler>();
        return services;
    }
}
