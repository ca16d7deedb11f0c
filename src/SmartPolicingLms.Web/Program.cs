using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SmartPolicingLms.Web.Components;
using SmartPolicingLms.Web.Components.Account;
using SmartPolicingLms.Web.Features;
using SmartPolicingLms.Web.Features.FirstSignIn;
using SmartPolicingLms.Web.Localization;

var builder = WebApplication.CreateBuilder(args);
// `dotnet run` from a checkout serves the build's own assets (the pages' scoped stylesheets among them) in every
// environment, not only Development; a published build has no such manifest and this does nothing there.
builder.WebHost.UseStaticWebAssets();

// First, so its hosted service migrates the database before anything else (data protection's key-ring
// prefetch included) reads from it.
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton(sp => LmsSettings.From(
    sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<IHostEnvironment>()));
builder.Services.AddLmsDatabase();

// Static server rendering only: every page works as plain links and form posts, and with no circuits there is
// no SignalR hub to keep sticky behind a load balancer. A later page that truly needs interactivity adds
// AddInteractiveServerComponents() here, AddInteractiveServerRenderMode() below, authorization for /_blazor,
// and blazor.web.js in App.razor.
builder.Services.AddRazorComponents();

builder.Services.AddDatabaseDeveloperPageExceptionFilter();

builder.Services.AddCascadingAuthenticationState();
builder.Services.AddScoped<IdentityRedirectManager>();
builder.Services.AddScoped<AuthenticationStateProvider, IdentityRevalidatingAuthenticationStateProvider>();
builder.Services.AddAuthentication(options =>
    {
        options.DefaultScheme = IdentityConstants.ApplicationScheme;
        options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
    })
    .AddIdentityCookies();
builder.Services.AddAuthorizationBuilder().AddLmsPolicies();
builder.Services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, LoggedAuthorizationResults>();

builder.Services.AddIdentityCore<ApplicationUser>(IdentitySetup.Configure)
    .AddRoles<IdentityRole>()
    .AddEntityFrameworkStores<AppDbContext>()
    .AddClaimsPrincipalFactory<LmsClaimsPrincipalFactory>()
    .AddUserValidator<OptionalEmailValidator>()
    .AddSignInManager()
    .AddDefaultTokenProviders()
    .AddLmsErrorWording();
// A role change reaches open sessions within a minute rather than the default half hour. A new security stamp (sign-out,
// reset sign-in) ends them at their next request: CurrentPersonMiddleware compares it on every request.
builder.Services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.FromMinutes(1));
builder.Services.AddSingleton<IEmailSender<ApplicationUser>, IdentityNoOpEmailSender>();

// Keys in the database and one application name: a cookie or antiforgery token from one instance works on all.
builder.Services.AddDataProtection()
    .SetApplicationName(LmsSettings.ApplicationName)
    .PersistKeysToDbContext<AppDbContext>()
    .ProtectKeysWithConfiguredCertificate(builder.Configuration);

builder.Services.AddHealthChecks().AddDbContextCheck<AppDbContext>();
builder.Services.AddLmsRateLimiter().AddSignInLimits();
builder.Services.AddLmsLocalization();
KyrgyzValidationMessages.Install();
builder.Services.AddCurrentPerson().AddReporting().AddAuditLog().AddPublicAddress().AddFeatures();

var app = builder.Build();

if (app.Environment.IsDevelopment())
{
    app.UseMigrationsEndPoint();
}
else
{
    app.UseExceptionHandler("/Error", createScopeForErrors: true);
    // TLS ends at the reverse proxy or load balancer in front of the app (forwarded headers:
    // ASPNETCORE_FORWARDEDHEADERS_ENABLED=true), so there is no HTTPS redirection here.
    app.UseHsts();
}
app.UseSecurityHeaders();
app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.ShowErrorPagesAsGet();

app.UseAuthentication();
app.UseMiddleware<CurrentPersonMiddleware>();
// After the person is known: their account and institution choose the language first.
app.UseLmsLocalization();
// Before anything reads a form, after the language is known: the refusal is worded in it.
app.RefuseOversizedUploads();
app.UseAuthorization();
app.UseRateLimiter();
app.UseMiddleware<MustSetPasswordMiddleware>();
app.UseAntiforgery();

app.MapStaticAssets().AllowAnonymous();
app.MapRazorComponents<App>()
    .AllowAnonymousOnPublicIdentityPages()
    .AllowAnonymousOnBlazorRedirects();
app.MapAdditionalIdentityEndpoints().AllowAnonymousOnPublicIdentityPages();
app.MapHealthChecks("/health").AllowAnonymous();
app.MapFeatureEndpoints();
app.MapLanguageSwitch();

try
{
    app.Run();
}
catch (DataFolderNotWritableException e)
{
    // Said in one line, without a stack trace: it is the operator's to fix, not a bug.
    app.Logger.LogCritical("{Problem}", e.Message);
    return 1;
}
return 0;
