using System.Runtime.Versioning;
using Microsoft.Data.Sqlite;

namespace SmartPolicingLms.Web.Hosting;

// The data folder holds the SQLite database (password hashes, co-trainers' contact details, the data-protection keys)
// and the first administrator's code: only the account that runs the LMS may read it. SQLite creates its -wal and
// -shm files with the mode of the database file, so creating that file 0600 before SQLite opens it keeps them private
// too. On Windows the folder inherits the user profile's access rules instead.
[UnsupportedOSPlatform("windows")]
internal static class PrivateDataFolder
{
    public const UnixFileMode FolderMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    public const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    // Creates the folder private, or tightens what an older version or a copy left readable by others (the folder,
    // what is in it, and the SQLite database's files wherever they are); returns the paths it tightened.
    public static IReadOnlyList<string> Prepare(LmsSettings settings)
    {
        var tightened = new List<string>();
        if (Directory.Exists(settings.DataFolder))
            TightenFolder(settings.DataFolder, tightened);
        else
            Directory.CreateDirectory(settings.DataFolder, FolderMode);

        if (settings.Provider == DatabaseProvider.Sqlite && DatabaseFile(settings.ConnectionString) is { } database)
        {
            foreach (var file in new[] { database, database + "-wal", database + "-shm", database + ".lock" })
                Tighten(file, FileMode, tightened);
        }
        return tightened;
    }

    // Run under the database lock, so that no other instance opens the file between its creation and its header.
    public static void CreateSqliteDatabase(LmsSettings settings)
    {
        if (settings.Provider == DatabaseProvider.Sqlite && DatabaseFile(settings.ConnectionString) is { } database)
            CreateIfMissing(database, settings.ConnectionString);
    }

    static void TightenFolder(string folder, List<string> tightened)
    {
        Tighten(folder, FolderMode, tightened);
        foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos())
        {
            if (entry.LinkTarget is not null)
                continue;
            if (entry is DirectoryInfo directory)
                TightenFolder(directory.FullName, tightened);
            else
                Tighten(entry.FullName, FileMode, tightened);
        }
    }

    static void Tighten(string path, UnixFileMode mode, List<string> tightened)
    {
        if (!Path.Exists(path) || File.GetUnixFileMode(path) == mode)
            return;
        File.SetUnixFileMode(path, mode);
        tightened.Add(path);
    }

    // An empty file is not yet a database to EF Core's read-only existence check, so SQLite writes its header (in the
    // WAL mode the app uses anyway) before anything else opens the file.
    static void CreateIfMissing(string database, string connectionString)
    {
        if (File.Exists(database) || !Directory.Exists(Path.GetDirectoryName(database)))
            return;
        using (new FileStream(database, new FileStreamOptions
        {
            Mode = System.IO.FileMode.CreateNew,
            Access = FileAccess.Write,
            UnixCreateMode = FileMode,
        }))
        {
        }
        using var connection = new SqliteConnection(
            new SqliteConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode = WAL;";
        command.ExecuteNonQuery();
    }

    static string? DatabaseFile(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        return builder.DataSource is "" or ":memory:" || builder.Mode == SqliteOpenMode.Memory
            ? null
            : Path.GetFullPath(builder.DataSource);
    }
}
