using System.Globalization;
using System.Text;

namespace SmartPolicingLms.Web.Features.AttendanceSheets;

// The sign-in sheet PDF and the attendance CSV template, for the cohort's instructors. Like the cohort's pages, a
// cohort the visitor cannot see is answered as if it did not exist, and one they may only view is refused.
internal static class ServeAttendanceSheets
{
    public static IEndpointRouteBuilder MapAttendanceSheets(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(AttendanceSheetLinks.SignInSheetPattern, SignInSheetAsync).RequireAuthorization(Policies.CohortViewers);
        endpoints.MapGet(AttendanceSheetLinks.TemplatePattern, TemplateAsync).RequireAuthorization(Policies.CohortViewers);
        return endpoints;
    }

    static async Task<IResult> SignInSheetAsync(int id, int sessionId, HttpContext context, SessionSheet sheets,
        CancellationToken ct)
    {
        var (sheet, right) = await sheets.HandleAsync(id, sessionId, ct);
        if (sheet is null)
            return CohortAccess.RefusalFor(right)!.Answer(context);
        return File(context.Response, SignInSheetPdf.Write(sheet), "application/pdf", FileName("sign-in-sheet", sheet, "pdf"));
    }

    static async Task<IResult> TemplateAsync(int id, int sessionId, HttpContext context, SessionSheet sheets,
        CancellationToken ct)
    {
        var (sheet, right) = await sheets.HandleAsync(id, sessionId, ct);
        if (sheet is null)
            return CohortAccess.RefusalFor(right)!.Answer(context);
        return File(context.Response, AttendanceFile.Template(sheet.Recruits), "text/csv; charset=utf-8", FileName("attendance", sheet, "csv"));
    }

    static IResult File(HttpResponse response, byte[] content, string contentType, string fileName)
    {
        // Recruits' names: no proxy or shared cache may keep a copy.
        response.Headers.CacheControl = "private, no-store";
        response.Headers.XContentTypeOptions = "nosniff";
        return Results.File(content, contentType, fileName);
    }

    // ASCII letters, digits and hyphens only, so no browser or mail gateway mangles it and no name can smuggle in a
    // path or a header: "sign-in-sheet-accra-2026-a-module-3-2026-05-04.pdf".
    static string FileName(string kind, SessionSheet.Sheet sheet, string extension)
    {
        var cohort = new StringBuilder();
        foreach (var c in sheet.CohortName.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
                cohort.Append(c);
            else if (cohort.Length > 0 && cohort[^1] != '-')
                cohort.Append('-');
        }
        var slug = cohort.ToString().Trim('-');
        slug = slug.Length > 40 ? slug[..40].TrimEnd('-') : slug;
        var cohortPart = slug.Length > 0 ? slug : $"cohort-{sheet.CohortId}";
        return $"{kind}-{cohortPart}-module-{sheet.ModuleNumber}-{sheet.LocalStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.{extension}";
    }
}
