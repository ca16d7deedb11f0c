using System.Globalization;

namespace SmartPolicingLms.Web.Features.AuditTrail;

internal static class AuditTime
{
    public static string Utc(DateTime at) => at.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) + " UTC";

    // The institution's wall-clock time, for entries about a cohort; empty when the zone is unknown here.
    public static string Local(DateTime at, string? timeZoneId)
    {
        if (timeZoneId is null || !TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out var zone))
            return "";
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(at, DateTimeKind.Utc), zone);
        return local.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " " + timeZoneId;
    }
}
