namespace SmartPolicingLms.Web.Features.Certificates;

internal static class ServeCertificates
{
    public const string PublicBaseSetting = "Certificates:PublicBaseAddress";

    public static IEndpointRouteBuilder MapCertificates(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(CertificateLinks.PdfPattern, PdfAsync).RequireAuthorization();
        return endpoints;
    }

    // The QR code and the printed link must open this LMS from anywhere, so they use the public address set in
    // configuration. In Production nothing is printed without it; elsewhere the address of the request stands in.
    static async Task<IResult> PdfAsync(int id, HttpContext context, DownloadCertificate download, IConfiguration configuration,
        IHostEnvironment environment, ILogger<DownloadCertificate> logger, CancellationToken ct)
    {
        var publicBase = configuration[PublicBaseSetting];
        if (string.IsNullOrWhiteSpace(publicBase))
        {
            if (environment.IsProduction())
            {
                logger.LogError("A certificate was asked for but {Setting} is not set: set it (for example Certificates__PublicBaseAddress=https://lms.academy.example) so its QR code opens this LMS.", PublicBaseSetting);
                return Results.Problem("Certificates cannot be printed until the administrator sets the LMS's public address.",
                    statusCode: StatusCodes.Status503ServiceUnavailable);
            }
            publicBase = $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}";
        }
        if (await download.HandleAsync(id, publicBase, ct) is not { } pdf)
            return Results.NotFound();
        // A recruit's name: no proxy or shared cache may keep a copy.
        context.Response.Headers.CacheControl = "private, no-store";
        return Results.File(pdf.Content, "application/pdf", pdf.FileName);
    }
}
