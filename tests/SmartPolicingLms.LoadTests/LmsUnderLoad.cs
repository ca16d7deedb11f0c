using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace SmartPolicingLms.LoadTests;

// The real app (its Program, middleware and pages) on Kestrel at a real port, on the database chosen, with a
// stopwatch around each request so the server's own time is measured apart from the client's.
internal sealed class LmsUnderLoad(string dataFolder, string curriculaFolder, string provider, string? postgres)
    : WebApplicationFactory<Program>
{
    public ConcurrentQueue<(string Method, string Path, int Status, double Milliseconds)> Requests { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environments.Production);
        builder.UseSetting("ReloadStaticAssetsAtRuntime", "false");
        builder.UseSetting("Data:Path", dataFolder);
        builder.UseSetting("Curricula:Path", curriculaFolder);
        builder.UseSetting("Database:Provider", provider);
        if (postgres is not null)
            builder.UseSetting("ConnectionStrings:Postgres", postgres);
        // Warnings and errors only: a line per sign-in would be 500 lines of noise and cost time in the window.
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore", "Warning");
        builder.ConfigureLogging(logging => logging.ClearProviders().AddSimpleConsole());
        builder.ConfigureTestServices(services =>
        {
            // Only so that making and signing in 500 accounts before the measured window takes seconds, not a
            // minute: the hash's cost is stored with it, and nothing measured hashes a password.
            services.Configure<PasswordHasherOptions>(options => options.IterationCount = 1_000);
            services.AddSingleton<IStartupFilter>(new Stopwatches(Requests));
        });
    }

    sealed class Stopwatches(ConcurrentQueue<(string, string, int, double)> requests) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (HttpContext context, RequestDelegate inner) =>
            {
                if (System.Net.IPAddress.TryParse(context.Request.Headers[Browser.AddressHeader], out var address))
                    context.Connection.RemoteIpAddress = address;
                var started = Stopwatch.GetTimestamp();
                await inner(context);
                requests.Enqueue((context.Request.Method, context.Request.Path, context.Response.StatusCode,
                    Stopwatch.GetElapsedTime(started).TotalMilliseconds));
            });
            next(app);
        };
    }
}
