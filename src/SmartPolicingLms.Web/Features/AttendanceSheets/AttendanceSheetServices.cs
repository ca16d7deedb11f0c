namespace SmartPolicingLms.Web.Features.AttendanceSheets;

internal static class AttendanceSheetServices
{
    public static IServiceCollection AddAttendanceSheets(this IServiceCollection services)
    {

        return services;
    }
}
