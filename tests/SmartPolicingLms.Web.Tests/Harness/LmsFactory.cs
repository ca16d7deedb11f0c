using System.Collections.Concurrent;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using SmartPolicingLms.Web.Features.Accounts;

namespace SmartPolicingLms.Web.Tests.Harness;

// One installation of the LMS: its own data folder and database, the real Program, the real middleware.
// Subclasses choose the database; everything else is configured the way an operator would, through settings.
public abstract class LmsFactory : WebApplicationFactory<Program>
{
    readonly ConcurrentDictionary<string, Lazy<Task<object>>> shared = new();
    readonly List<string> foldersToDelete = [];
    int cleanedUp;

    // A null data folder is a new one of this installation's own; a new one is deleted with the installation.
    protected LmsFactory(string? dataFolder, string? curriculaFolder, bool editableCurricula = false)
    {
        if (dataFolder is null)
        {
            dataFolder = RepositoryPaths.NewTempFolder("data");
            foldersToDelete.Add(dataFolder);
        }
        if (editableCurricula)
        {
            curriculaFolder = RepositoryPaths.CopyOfCurricula();
            foldersToDelete.Add(curriculaFolder);
        }
        DataFolder = dataFolder;
        CurriculaFolder = curriculaFolder ?? RepositoryPaths.Curricula;
    }

    public abstract string ProviderName { get; }

    public string DataFolder { get; }

    public string CurriculaFolder { get; }

    public CapturedLogs Logs { get; } = new();

    // The app's clock (sessions, lockout, security stamps, cookies). It starts at the real time when the installation
    // is made and moves only when a test moves it (Advance, SetUtcNow), so tests say "three days ago" from the app's
    // own now; kept near real time because the database and the browser's cookies see it too.
    public FakeTimeProvider Clock { get; set; } = new(DateTimeOffset.UtcNow);

    public DateTime Now => Clock.GetUtcNow().UtcDateTime;

    // Set before the app starts to replace or wrap the app's services in this installation only.
    public Action<IServiceCollection>? TestServices { get; set; }

    // Off for installations whose tests do not need the catalogue: the start is then a second faster.
    public bool ImportCoursesOnStart { get; set; } = true;

    // On for browser journeys that judge how a page looks. Off, a browser that asks for gzip (every real one) is
    // answered an empty stylesheet, since the compressed copies live in the build's obj folder, and sees the pages
    // unstyled; the journeys written before this relied on that (the menu is folded away on a styled phone).
    public bool ServeCompressedAssets { get; set; }

    // Skips (or fails under CI=true) when the machine lacks what this provider needs.
    public abstract void EnsureAvailable();

    // Another instance of the same installation: same database and clock, as a second server behind a load balancer.
    public abstract LmsFactory NewInstanceOnSameDatabase();

    // A separate installation with an empty database of the same kind; with editable curricula it imports from a
    // private copy of the shipped courses that the test may change (CurriculaFolder).
    public abstract LmsFactory NewInstallation(bool editableCurricula = false);

    internal LmsSettings Settings => Services.GetRequiredService<LmsSettings>();

    public void Start() => _ = Services;

    // Where certificates' QR codes and printed links point: the LMS as the public reaches it.
    public const string PublicBaseAddress = "https://lms.example.test";

    // Off for the tests of an installation whose administrator has not set the public address yet.
    public bool HasPublicBaseAddress { get; set; } = true;

    // Set before the app starts: settings an operator would put in the environment or appsettings.json.
    public Dictionary<string, string> OperatorSettings { get; } = [];

    protected abstract void ConfigureDatabase(IWebHostBuilder builder);

    // Runs before the host is built: a provider that needs something to exist first (a database) creates it here.
    protected virtual void PrepareDatabase()
    {
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // The app as deployed, not the developer pages.
        builder.UseEnvironment(Environments.Production);
        // Every registration must be constructible and no singleton may hold a scoped service, in every test host.
        builder.UseDefaultServiceProvider(options =>
        {
            options.ValidateScopes = true;
            options.ValidateOnBuild = true;
        });
        // Serve static assets from the build manifest as a published app does. Left on, ASP.NET's build-time
        // "runtime patching" looks for every asset under the content root's wwwroot and answers 500 for the
        // component-scoped PasskeySubmit.razor.js, which lives beside its component (reported to the app).
        builder.UseSetting("ReloadStaticAssetsAtRuntime", "false");
        if (ServeCompressedAssets)
            builder.UseStaticWebAssets();
        builder.UseSetting("Data:Path", DataFolder);
        if (HasPublicBaseAddress)
            builder.UseSetting("Certificates:PublicBaseAddress", PublicBaseAddress);
        builder.UseSetting("Curricula:Path", CurriculaFolder);
        builder.UseSetting("Curricula:ImportOnStartup", ImportCoursesOnStart ? "true" : "false");
        foreach (var (key, value) in OperatorSettings)
            builder.UseSetting(key, value);
        ConfigureDatabase(builder);
        builder.ConfigureLogging(logging =>
        {
            logging.ClearProviders();
            logging.AddProvider(Logs);
        });
        builder.ConfigureTestServices(services => services.AddSingleton<IStartupFilter, ClientAddresses>());
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
        if (TestServices is { } replace)
            builder.ConfigureTestServices(replace);
    }

    protected override IHost CreateHost(IHostBuilder builder)
    {
        PrepareDatabase();
        return base.CreateHost(builder);
    }

    internal async Task<T> WithDatabaseAsync<T>(Func<AppDbContext, Task<T>> read)
    {
        await using var scope = Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    internal async Task WithServicesAsync(Func<IServiceProvider, Task> use)
    {
        await using var scope = Services.CreateAsyncScope();
        await use(scope.ServiceProvider);
    }

    // The app's services in a scope whose CurrentPerson is the given person, as a request signed in as them would be.
    internal async Task<T> AsAsync<T>(Person person, Func<IServiceProvider, Task<T>> use)
    {
        await using var scope = Services.CreateAsyncScope();
        var followed = await scope.ServiceProvider.GetRequiredService<AppDbContext>().ProgramOfficerInstitutions
            .Where(p => p.UserId == person.Id).Select(p => p.InstitutionId).ToListAsync();
        scope.ServiceProvider.GetRequiredService<CurrentPerson>().Become(person.Id, [person.Role], person.InstitutionId, followed);
        return await use(scope.ServiceProvider);
    }

    internal Task AsAsync(Person person, Func<IServiceProvider, Task> use) =>
        AsAsync(person, async services => { await use(services); return true; });

    internal People People => new(this);

    // The one-time code the first start wrote for the first administrator, as the README tells a newcomer to find it.
    public string? FirstAdministratorCode()
    {
        Start();
        var file = Path.Combine(DataFolder, FirstAdministrator.CodeFileName);
        return File.Exists(file) ? File.ReadAllLines(file).Select(l => l.Trim()).LastOrDefault(l => l.Length > 0) : null;
    }

    // Data a test class builds once per installation (people, institutions) and reuses across its tests.
    internal async Task<T> SharedAsync<T>(string key, Func<LmsFactory, Task<T>> create) where T : class =>
        (T)await shared.GetOrAdd(key, _ => new Lazy<Task<object>>(async () => await create(this))).Value;

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Interlocked.Exchange(ref cleanedUp, 1) == 1)
            return;
        await CleanUpDatabaseAsync();
        foreach (var folder in foldersToDelete)
            RepositoryPaths.DeleteQuietly(folder);
    }

    protected abstract Task CleanUpDatabaseAsync();

    // Takes the database away from under the running app, as a crashed or unreachable server would.
    public abstract Task MakeDatabaseUnreachableAsync();

    public override string ToString() => ProviderName;
}
