using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace SmartPolicingLms.Web.Tests.Harness;

// Someone with a browser that keeps cookies but does not follow redirects on its own, so tests can see where the
// app sends people. Forms are filled from the page the app served: its antiforgery token, hidden fields and defaults.
public sealed class Visitor
{
    const int MaxRedirects = 10;
    readonly CookieContainer cookies;
    readonly HttpClient http;

    // A browser on a network of its own, unless given the address of one it shares (a classroom behind one address).
    public Visitor(LmsFactory factory, string? address = null) : this(factory, new CookieContainer(), address ?? ClientAddresses.Next())
    {
    }

    Visitor(LmsFactory factory, CookieContainer cookies, string address)
    {
        this.cookies = cookies;
        Address = address;
        http = factory.CreateDefaultClient(new CookieContainerHandler(cookies));
        http.DefaultRequestHeaders.Add(ClientAddresses.Header, address);
    }

    public string Address { get; }

    // The same browser, cookies, address and all, talking to another instance of the app.
    public Visitor On(LmsFactory otherInstance) => new(otherInstance, cookies, Address);

    // Another browser, at another address, holding a copy of this one's cookies: what a stolen cookie gives.
    public Visitor WithCopiedCookies(LmsFactory factory)
    {
        var copy = new CookieContainer();
        copy.Add(cookies.GetAllCookies());
        return new(factory, copy, ClientAddresses.Next());
    }

    public CookieCollection Cookies => cookies.GetAllCookies();

    // The browser asks for pages in this language (Accept-Language), as a browser set to Russian or Kyrgyz does.
    public Visitor Speaking(string acceptLanguage)
    {
        http.DefaultRequestHeaders.AcceptLanguage.Clear();
        http.DefaultRequestHeaders.AcceptLanguage.ParseAdd(acceptLanguage);
        return this;
    }

    public Task<HttpResponseMessage> GetAsync(string url) => http.GetAsync(url);

    // One request in a given language, leaving the browser's own Accept-Language as it was (shared visitors stay English).
    public Task<HttpResponseMessage> GetInAsync(string url, string acceptLanguage)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        return http.SendAsync(request);
    }

    public Task<HttpResponseMessage> PostAsync(string url, IEnumerable<KeyValuePair<string, string>> form) =>
        http.PostAsync(url, new FormUrlEncodedContent(form));

    // Opens a page as a browser would, following redirects, and insists it was served.
    public async Task<HtmlPage> OpenAsync(string url)
    {
        var page = await FollowAsync(await http.GetAsync(url));
        if (page.Status != HttpStatusCode.OK)
            throw new InvalidOperationException($"GET {url} ended at {page.Url} with {(int)page.Status}.");
        return page;
    }

    public async Task<HtmlPage> FollowAsync(HttpResponseMessage response)
    {
        for (var hops = 0; IsRedirect(response.StatusCode); hops++)
        {
            if (hops == MaxRedirects)
                throw new InvalidOperationException($"More than {MaxRedirects} redirects from {response.RequestMessage?.RequestUri}.");
            var next = new Uri(response.RequestMessage!.RequestUri!, response.Headers.Location!);
            response.Dispose();
            response = await http.GetAsync(next);
        }
        return new HtmlPage(response.RequestMessage!.RequestUri!, response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    // Posts the named form as a browser would after the person filled in the given fields.
    public Task<HttpResponseMessage> SubmitAsync(HtmlPage page, string formName, params (string Name, string Value)[] fields)
    {
        var form = page.Form(formName)
            ?? throw new InvalidOperationException($"No form '{formName}' on {page.Url}; forms: {string.Join(", ", page.FormNames)}.");
        var overridden = fields.Select(f => f.Name).ToHashSet();
        var values = FieldsOf(form).Where(f => !overridden.Contains(f.Key))
            .Concat(fields.Select(f => KeyValuePair.Create(f.Name, f.Value)));
        var action = form.GetAttribute("action") is { Length: > 0 } target ? new Uri(page.Url, target) : page.Url;
        return http.PostAsync(action, new FormUrlEncodedContent(values));
    }

    public async Task<HtmlPage> SubmitAndFollowAsync(HtmlPage page, string formName, params (string Name, string Value)[] fields) =>
        await FollowAsync(await SubmitAsync(page, formName, fields));

    // Posts the named form with a file in its file field, as a browser posts a multipart form: the form's own fields
    // (antiforgery token, hidden version) and the file under the name and content type the browser would send.
    public async Task<HttpResponseMessage> SubmitFileAsync(HtmlPage page, string formName, string fileField, string fileName, byte[] file,
        string contentType)
    {
        var form = page.Form(formName)
            ?? throw new InvalidOperationException($"No form '{formName}' on {page.Url}; forms: {string.Join(", ", page.FormNames)}.");
        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in FieldsOf(form).Where(f => f.Key != fileField))
            content.Add(new StringContent(value), name);
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(contentType);
        content.Add(part, fileField, fileName);
        var action = form.GetAttribute("action") is { Length: > 0 } target ? new Uri(page.Url, target) : page.Url;
        return await http.PostAsync(action, content);
    }

    public async Task<HttpResponseMessage> TrySignInAsync(string email, string password)
    {
        var login = await OpenAsync("/Account/Login");
        return await SubmitAsync(login, "login", ("Input.Email", email), ("Input.Password", password));
    }

    // Signs in through the real form and lands where the app sends a signed-in person.
    public async Task<HtmlPage> SignInAsync(string email, string password)
    {
        var response = await TrySignInAsync(email, password);
        if (!IsRedirect(response.StatusCode))
        {
            var page = await FollowAsync(response);
            throw new InvalidOperationException($"Sign-in as {email} failed: {page.Text}");
        }
        return await FollowAsync(response);
    }

    public Task<HtmlPage> SignInAsync(Person person) => SignInAsync(person.Email, person.Password);

    // Clicks "Sign out" in the menu of the home page.
    public async Task<HttpResponseMessage> SignOutAsync()
    {
        var page = await OpenAsync("/");
        var form = page.Document.QuerySelector("form[action$='Account/Logout']")
            ?? throw new InvalidOperationException($"No sign-out form on {page.Url}: {page.Text}");
        return await http.PostAsync(new Uri(page.Url, form.GetAttribute("action")!), new FormUrlEncodedContent(FieldsOf(form)));
    }

    public static bool IsRedirect(HttpStatusCode status) => (int)status is >= 300 and < 400;

    // Where a redirect sends the browser, as a path; null when the response is not a redirect.
    public static string? RedirectPath(HttpResponseMessage response) =>
        IsRedirect(response.StatusCode) && response.Headers.Location is { } location
            ? new Uri(response.RequestMessage!.RequestUri!, location).AbsolutePath
            : null;

    static IEnumerable<KeyValuePair<string, string>> FieldsOf(AngleSharp.Dom.IElement form)
    {
        foreach (var element in form.QuerySelectorAll("input, select, textarea"))
        {
            var name = element.GetAttribute("name");
            if (string.IsNullOrEmpty(name))
                continue;
            switch (element)
            {
                case IHtmlInputElement { Type: "submit" or "button" or "image" or "reset" }:
                    break;
                case IHtmlInputElement { Type: "checkbox" or "radio" } box:
                    if (box.IsChecked)
                        yield return KeyValuePair.Create(name, box.GetAttribute("value") ?? "on");
                    break;
                case IHtmlInputElement input:
                    yield return KeyValuePair.Create(name, input.GetAttribute("value") ?? "");
                    break;
                case IHtmlSelectElement select:
                    yield return KeyValuePair.Create(name, select.Value ?? "");
                    break;
                case IHtmlTextAreaElement area:
                    yield return KeyValuePair.Create(name, area.TextContent);
                    break;
            }
        }
    }
}
