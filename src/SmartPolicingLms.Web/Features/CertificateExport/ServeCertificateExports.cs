namespace SmartPolicingLms.Web.Features.CertificateExport;

// GET /exports/certificates.zip and /exports/certificates.pdf with a ReportScope in the query.
internal static class ServeCertificateExports
{
    static readonly IStringLocalizer T = Localizers.For<CertificateExportStrings>();

    public static IEndpointRouteBuilder MapCertificateExports(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(ReportLinks.CertificatesZip, (HttpContext context, ExportCertificates export, PublicAddress address, CancellationToken ct) =>
            ExportAsync(context, export, address, ExportCertificates.Format.Zip, ct)).RequireAuthorization(Policies.Reporters);
        endpoints.MapGet(ReportLinks.CertificatesPdf, (HttpContext context, ExportCertificates export, PublicAddress address, CancellationToken ct) =>
            ExportAsync(context, export, address, ExportCertificates.Format.Pdf, ct)).RequireAuthorization(Policies.Reporters);
        return endpoints;
    }

    static async Task<IResult> ExportAsync(HttpContext context, ExportCertificates export, PublicAddress address,
        ExportCertificates.Format format, CancellationToken ct)
    {
        var (scope, invalid) = ReportScope.Parse(context.Request.Query);
        if (scope is null)
            return invalid!.Answer(context);
        // The QR codes and printed links must open this LMS from anywhere.
        if (address.Of(context.Request, "A certificate export") is not { } publicBase)
            return Results.Problem(T["Certificates cannot be printed until the administrator sets the LMS's public address."],
                statusCode: StatusCodes.Status503ServiceUnavailable);
        var (selection, refusal) = await export.StartAsync(scope, format, ct);
        if (selection is null)
            return refusal!.Answer(context);

        // Recruits' names: no proxy or shared cache may keep a copy.
        context.Response.Headers.CacheControl = "private, no-store";
        var name = FileName(scope);
        var certificates = export.ReadAsync(selection, ct);
        return format == ExportCertificates.Format.Zip
            ? Results.Stream(body => CertificatesZip.WriteAsync(certificates, publicBase, body, ct), CertificatesZip.ContentType, name + ".zip")
            : Results.Stream(body => CertificatesMergedPdf.WriteAsync(certificates, publicBase, name, body, ct),
                CertificatesMergedPdf.ContentType, name + ".pdf");
    }


    // "certificates institution-3 course-kgz-police 2026-01-01 to 2026-06-30": the scope, so saved files tell apart.
    static string FileName(ReportScope scope)
    {
        var parts = new List<string> { "certificates" };
        if (scope.InstitutionId is { } institution)
            parts.Add($"institution-{institution}");
        if (scope.CourseId is { } course)
            parts.Add($"course-{course}");
        if (scope.CohortIds.Count > 0)
            parts.Add((scope.CohortIds.Count == 1 ? "cohort-" : "cohorts-") + string.Join('-', scope.CohortIds));
        if (scope.From is { } from)
            parts.Add($"from {from:yyyy-MM-dd}");
        if (scope.To is { } to)
            parts.Add($"to {to:yyyy-MM-dd}");
        return CertificateFileName.Safe(string.Join(' ', parts), "certificates");
    }
}
