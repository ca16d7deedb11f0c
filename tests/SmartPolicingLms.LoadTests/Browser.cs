using System.Net;
using System.Text.RegularExpressions;

namespace SmartPolicingLms.LoadTests;

// One recruit's browser: their own cookies over a connection pool shared by all, forms filled from the page served.
internal sealed partial class Browser(HttpClient http, Uri site)
{
    // Each recruit on a network of their own (LmsUnderLoad reads it), as in a real intake, so the per-address sign-in
    // limits see 500 people rather than one loopback address.
    public const string AddressHeader = "X-Load-Client-Address";
    static int browsers;
    readonly CookieContainer cookies = new();
    readonly string address = NextAddress();

    static string NextAddress()
    {
        var n = Interlocked.Increment(ref browsers);
        return $"10.{(n >> 16) & 255}.{(n >> 8) & 255}.{n & 255}";
    }

    public Task<(HttpStatusCode Status, string Html, string? Location)> SendAsync(HttpMethod method, string path,
        IEnumerable<KeyValuePair<string, string>>? form = null) =>
        SendAsync(method, path, form is null ? null : new FormUrlEncodedContent(form));

    async Task<(HttpStatusCode Status, string Html, string? Location)> SendAsync(HttpMethod method, string path, HttpContent? content)
    {
        var uri = new Uri(site, path);
        using var request = new HttpRequestMessage(method, uri);
        request.Content = content;
        request.Headers.Add(AddressHeader, address);
        var cookie = cookies.GetCookieHeader(uri);
        if (cookie.Length > 0)
            request.Headers.Add("Cookie", cookie);
        using var response = await http.SendAsync(request);
        if (response.Headers.TryGetValues("Set-Cookie", out var set))
            foreach (var value in set)
                cookies.SetCookies(uri, value);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(), response.Headers.Location?.OriginalString);
    }

    public Task<(HttpStatusCode Status, string Html, string? Location)> GetAsync(string path) => SendAsync(HttpMethod.Get, path);

    // A file read as it streams, keeping only its size: seconds to the first byte and to the last.
    public async Task<(HttpStatusCode Status, double FirstByte, double Total, long Bytes)> DownloadAsync(string path)
    {
        var uri = new Uri(site, path);
        using var request = new HttpRequestMessage(HttpMethod.Get, uri);
        request.Headers.Add(AddressHeader, address);
        request.Headers.Add("Cookie", cookies.GetCookieHeader(uri));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        await using var body = await response.Content.ReadAsStreamAsync();
        var buffer = new byte[81920];
        var (bytes, first) = (0L, -1d);
        for (int read; (read = await body.ReadAsync(buffer)) > 0;)
        {
            if (first < 0)
                first = clock.Elapsed.TotalSeconds;
            bytes += read;
        }
        return (response.StatusCode, first, clock.Elapsed.TotalSeconds, bytes);
    }

    public Task<(HttpStatusCode Status, string Html, string? Location)> PostAsync(string path, IEnumerable<KeyValuePair<string, string>> form) =>
        SendAsync(HttpMethod.Post, path, form);

    // A form with a file input, posted as a browser does: multipart, the fields first, then the file.
    public Task<(HttpStatusCode Status, string Html, string? Location)> UploadAsync(string path,
        IEnumerable<KeyValuePair<string, string>> fields, string fileField, string fileName, byte[] file)
    {
        var content = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
            content.Add(new StringContent(value), name);
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/csv");
        content.Add(part, fileField, fileName);
        return SendAsync(HttpMethod.Post, path, content);
    }

    public static string Token(string html) => TokenField().Match(html) is { Success: true } m
        ? WebUtility.HtmlDecode(m.Groups[1].Value)
        : throw new InvalidOperationException("No antiforgery token on the page.");

    public static string? Field(string html, string name) =>
        Regex.Match(html, $"name=\"{Regex.Escape(name)}\" value=\"([^\"]*)\"") is { Success: true } m ? m.Groups[1].Value : null;

    public static IReadOnlyList<string> Values(string html, string name) =>
        [.. Regex.Matches(html, $"name=\"{Regex.Escape(name)}\" value=\"([^\"]*)\"").Select(m => m.Groups[1].Value)];

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
