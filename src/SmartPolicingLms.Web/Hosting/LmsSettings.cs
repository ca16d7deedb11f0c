namespace SmartPolicingLms.Web.Hosting;

internal enum DatabaseProvider { Sqlite, Postgres }

// Where the installation keeps its data and which database it talks to, resolved once from configuration.
internal sealed record LmsSettings(
    string DataFolder,
    DatabaseProvider Provider,
    string ConnectionString,
    string? CurriculaFolder,
    bool MigrateOnStartup,
    bool ImportOnStartup,
    string BootstrapAdminEmail)
{
    public const string ApplicationName = "SmartPolicingLms";

    // How long before a session starts its roll call opens (Attendance:OpenMinutesBeforeStart): marks count as hours
    // attended, so they are taken when the session is about to happen, not days ahead.
    public int RollCallOpensMinutesBeforeStart { get; init; } = DefaultRollCallOpensMinutesBeforeStart;
    public const int DefaultRollCallOpensMinutesBeforeStart = 30;

    public static LmsSettings From(IConfiguration configuration, IHostEnvironment environment)
    {
        var dataFolder = Path.GetFullPath(configuration["Data:Path"] is { Length: > 0 } configured
            ? configured
            : DefaultDataFolder());
        var provider = ParseProvider(configuration["Database:Provider"]);
        var connectionString = provider switch
        {
            DatabaseProvider.Postgres => configuration.GetConnectionString("Postgres") is { Length: > 0 } pg
                ? pg
                : throw new InvalidOperationException(
                    "Database:Provider is Postgres but ConnectionStrings:Postgres is not set."),
            _ => configuration.GetConnectionString("Sqlite") is { Length: > 0 } lite
                ? lite
                : $"Data Source={Path.Combine(dataFolder, "smartpolicinglms.db")}",
        };
        var curricula = configuration["Curricula:Path"] is { Length: > 0 } path
            ? Path.GetFullPath(path, environment.ContentRootPath)
            : FindCurriculaFolder(environment.ContentRootPath, AppContext.BaseDirectory);

        return new LmsSettings(
            dataFolder,
            provider,
            connectionString,
            curricula,
            configuration.GetValue("Database:MigrateOnStartup", true),
            configuration.GetValue("Curricula:ImportOnStartup", true),
            configuration["Bootstrap:AdminEmail"] is { Length: > 0 } email ? email : "admin@localhost")
        {
            RollCallOpensMinutesBeforeStart = ParseOpenMinutes(configuration["Attendance:OpenMinutesBeforeStart"]),
        };
    }

    static int ParseOpenMinutes(string? value) => value switch
    {
        null or "" => DefaultRollCallOpensMinutesBeforeStart,
        _ when int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var minutes)
            && minutes <= 24 * 60 => minutes,
        _ => throw new InvalidOperationException(
            $"Attendance:OpenMinutesBeforeStart '{value}' is not a whole number of minutes from 0 to 1440."),
    };

    // A stable per-user location, so the database survives rebuilds and does not depend on the working directory.
    // On Linux and macOS this is $XDG_DATA_HOME or ~/.local/share; on Windows, %LOCALAPPDATA%.
    static string DefaultDataFolder() =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData,
            Environment.SpecialFolderOption.DoNotVerify), ApplicationName);

    static DatabaseProvider ParseProvider(string? value) => value switch
    {
        null or "" => DatabaseProvider.Sqlite,
        _ when Enum.TryParse<DatabaseProvider>(value, ignoreCase: true, out var parsed) => parsed,
        _ => throw new InvalidOperationException($"Database:Provider '{value}' is not Sqlite or Postgres."),
    };

    // `dotnet run --project src/SmartPolicingLms.Web` from a checkout finds the shipped curricula at the repository root.
    static string? FindCurriculaFolder(params string[] starts)
    {
        foreach (var start in starts)
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "curricula");
                if (Directory.Exists(candidate))
                    return candidate;
            }
        }
        return null;
    }
}
