namespace SmartPolicingLms.Web.Hosting;

// Work a feature needs done once the database is migrated and before the server takes requests (the first
// administrator, the shipped courses), run by DatabaseInitializer under the database lock in ascending Order. The
// kernel runs the steps without knowing the features that register them.
internal interface IStartupStep
{
    int Order { get; }

    Task RunAsync(CancellationToken ct);
}
