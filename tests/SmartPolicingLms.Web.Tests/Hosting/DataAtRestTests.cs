using System.Runtime.Versioning;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.Hosting;

// The data folder holds password hashes, co-trainers' contact details and the keys that sign cookies: no other local
// account may read it. SQLite only: on PostgreSQL the folder holds no more than the first administrator's code.
[UnsupportedOSPlatform("windows")]
public sealed class DataAtRestTests(SqliteLmsFactory factory) : LmsTest(factory), IClassFixture<SqliteLmsFactory>
{
    const UnixFileMode Private = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    const UnixFileMode PrivateFolder = Private | UnixFileMode.UserExecute;

    [SkippableFact]
    public async Task A_new_data_folder_and_every_file_in_it_are_readable_by_the_app_account_only()
    {
        Skip.If(OperatingSystem.IsWindows(), "Unix file modes only.");
        await using var installation = Factory.NewInstallation();
        installation.ImportCoursesOnStart = false;
        Directory.Delete(installation.DataFolder);

        installation.Start();
        await installation.WithDatabaseAsync(db => db.Users.CountAsync());

        var files = Directory.GetFiles(installation.DataFolder).Select(Path.GetFileName).Order().ToList();
        Assert.Equal(PrivateFolder, File.GetUnixFileMode(installation.DataFolder));
        Assert.Contains("smartpolicinglms.db-wal", files);
        Assert.Contains("smartpolicinglms.db-shm", files);
        Assert.All(Directory.GetFiles(installation.DataFolder), file => Assert.Equal(Private, File.GetUnixFileMode(file)));
    }

    [SkippableFact]
    public async Task A_data_folder_others_can_read_is_tightened_at_start_and_the_log_names_what_was_fixed()
    {
        Skip.If(OperatingSystem.IsWindows(), "Unix file modes only.");
        await using var installation = Factory.NewInstallation();
        installation.ImportCoursesOnStart = false;
        var folder = installation.DataFolder;
        var notes = Path.Combine(folder, "notes.txt");
        var backups = Path.Combine(folder, "backups");
        var backup = Path.Combine(backups, "old.db");
        Directory.CreateDirectory(backups);
        File.WriteAllText(notes, "left by an operator");
        File.WriteAllText(backup, "an old copy");
        var open = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead;
        foreach (var path in new[] { folder, backups })
            File.SetUnixFileMode(path, open | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
        foreach (var path in new[] { notes, backup })
            File.SetUnixFileMode(path, open);

        installation.Start();

        Assert.Equal(PrivateFolder, File.GetUnixFileMode(folder));
        Assert.Equal(PrivateFolder, File.GetUnixFileMode(backups));
        Assert.Equal(Private, File.GetUnixFileMode(notes));
        Assert.Equal(Private, File.GetUnixFileMode(backup));
        var warning = Assert.Single(installation.Logs.Messages(LogLevel.Warning), m => m.Contains("0700"));
        Assert.All(new[] { folder, backups, notes, backup }, path => Assert.Contains(path, warning));
    }
}
