using System.Globalization;

namespace SmartPolicingLms.Web.Hosting;

// Files people upload are small (a roster or an attendance file of at most 1 MB, a crest of at most 512 KB) and each
// page says so when a file is too large. A much larger post would never reach that page: the server stops reading it,
// and the form then reads as if its antiforgery token were missing, which tells the person nothing. Such a post is
// answered here, before anything reads it, with what the limits are, in the person's language (so it runs after the
// language is chosen).
internal static class UploadLimit
{
    public const long MaxPostBytes = 4 * 1024 * 1024;

    static readonly IStringLocalizer T = Localizers.For<HostingStrings>();

    public static IApplicationBuilder RefuseOversizedUploads(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (HttpMethods.IsPost(context.Request.Method) && context.Request.ContentLength is > MaxPostBytes
            && context.Request.HasFormContentType)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            context.Response.ContentType = "text/html; charset=utf-8";
            var megabytes = (context.Request.ContentLength.Value / (1024.0 * 1024.0)).ToString("0.#", CultureInfo.CurrentCulture);
            await context.Response.WriteAsync(PlainPage.Html(context, T["The file is too large"],
                T["What you sent is {0} MB, more than the {1} MB any upload to the LMS may be. Each upload page says its own limit (a roster, an attendance file, a crest): check that you chose the right file, make it smaller if need be, and go back to upload it again.",
                    megabytes, MaxPostBytes / (1024 * 1024)]), context.RequestAborted);
            return;
        }
        await next(context);
    });
}
