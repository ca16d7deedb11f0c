using System.Diagnostics;
using System.Runtime.Versioning;
using Microsoft.Extensions.Logging;
using SmartPolicingLms.Web.Tests.Harness;

namespace SmartPolicingLms.Web.Tests.Hosting;

// A data folder the LMS cannot write is said at once, naming the folder and the setting that moves it, instead of
// waiting minutes for "another instance" and failing with a cancelled task.
[UnsupportedOSPlatform("windows")]
public sealed class ReadOnlyDataFolderTests(SqliteLmsFactory factory) : LmsTest(factory), IClassFixture<SqliteLmsFactory>
{
    [SkippableFact]
    public async Task Starting_on_a_folder_that_cannot_be_written_fails_at_once_saying_which_folder_and_what_to_set()
    {
        Skip.If(OperatingSystem.IsWindows(), "Unix file modes only.");
        await using var installation = Factory.NewInstallation();
        installation.ImportCoursesOnStart = false;
        var folder = installation.DataFolder;
        MakeReadOnly(folder);
        try
        {
            Assert.ThrowsAny<Exception>(installation.Start);

            // The app's last word, one line, as the operator reads it before the process exits with 1.
            var said = Assert.Single(installation.Logs.Messages(LogLevel.Critical));
            Assert.Contains($"The data folder {folder} cannot be written", said);
            Assert.Contains("Data__Path", said);
            Assert.Empty(Directory.GetFileSystemEntries(folder));
        }
        finally
        {
            MakeWritable(folder);
        }
    }

    // Root writes anywhere whatever the mode says, so as root the folder is made immutable instead.
    static void MakeReadOnly(string folder)
    {
        if (Environment.UserName != "root")
        {
            File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserExecute);
            return;
        }
        Skip.IfNot(Run("chattr", "+i", folder), "chattr +i is not available here, and root ignores file modes.");
    }

    static void MakeWritable(string folder)
    {
        if (Environment.UserName == "root")
            Run("chattr", "-i", folder);
        File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    static bool Run(string program, params string[] arguments)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(program, arguments) { RedirectStandardError = true })!;
            process.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
