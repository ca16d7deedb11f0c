namespace SmartPolicingLms.Web.Hosting;

// Files people upload are small (a roster or an attendance file of at most 1 MB, a crest of at most 512 KB) and each
// page says so when a file is too large. A much larger post would never reach that page: the server stops reading it,
// and the form then reads as if its antiforgery token were missing, which tells the person nothing. Such a post is
// answered here, before anything reads it, with what the limits are.
internal static class UploadLimit
{
    public const long MaxPostBytes = 4 * 1024 * 1024;

    public static IApplicationBuilder RefuseOversizedUploads(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (HttpMethods.IsPost(context.Request.Method) && context.Request.ContentLength is > MaxPostBytes
            && context.Request.HasFormContentType)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            context.Response.ContentType = "text/html; charset=utf-8";
            var megabytes = context.Request.ContentLength.Value / (1024.0 * 1024.0);
            await context.Response.WriteAsync($"""
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>The file is too large</title></head>
                <body><main><h1>The file is too large</h1>
                <p>What you sent is {megabytes:0.#} MB, more than the {MaxPostBytes / (1024 * 1024)} MB any upload to the LMS may
                be. Each upload page says its own limit (a roster, an attendance file, a crest): check that you chose the right
                file, make it smaller if need be, and go back to upload it again.</p></main></body></html>
                """, context.RequestAborted);
            return;
        }
        await next(context);
    });
}
