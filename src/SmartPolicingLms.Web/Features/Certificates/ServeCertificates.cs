namespace SmartPolicingLms.Web.Features.Certificates;

internal static class ServeCertificates
{
    public static IEndpointRouteBuilder MapCertificates(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(CertificateLinks.PdfPattern, PdfAsync).RequireAuthorization();
        return endpoints;
    }

    // The QR code and the printed link must open this LMS from anywhere (PublicAddress).
    static async Task<IResult> PdfAsync(int id, HttpContext context, DownloadCertificate download, PublicAddress address,
        IStringLocalizer<CertificatesStrings> t, CancellationToken ct)
    {
        if (address.Of(context.Request, "A certificate") is not { } publicBase)
            return Results.Problem(t["Certificates cannot be printed until the administrator sets the LMS's public address."],
                statusCode: StatusCodes.Status503ServiceUnavailable);
        if (await download.HandleAsync(id, publicBase, ct) is not { } pdf)
            return Results.NotFound();
        // A recruit's name: no proxy or shared cache may keep a copy.
        context.Response.Headers.CacheControl = "private, no-store";
        return Results.File(pdf.Content, "application/pdf", pdf.FileName);
    }
}
