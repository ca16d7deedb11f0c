
namespace SmartPolicingLms.Web.Features.Demo;

// Fills an installation with demo data when Demo:Seed is true (Demo__Seed=true in the environment). Registered
// after the database initializer, so it runs once migrations and the course import are done, and under the same
// database lock, so instances starting together seed once. Every step looks for its record first: running it
// again changes nothing.
internal sealed class DemoSeeder(IServiceProvider services, IConfiguration configuration, ILogger<DemoSeeder> logger)
    : IHostedService
{
    public const string Flag = "Demo:Seed";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!configuration.GetValue(Flag, false))
            return;
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        await using (await provider.GetRequiredService<DatabaseLock>().AcquireAsync(cancellationToken))
        {
            var summary = await provider.GetRequiredService<DemoData>().SeedAsync(cancellationToken);
            logger.LogInformation("Demo data ({Flag}): {Summary}", Flag, summary);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
