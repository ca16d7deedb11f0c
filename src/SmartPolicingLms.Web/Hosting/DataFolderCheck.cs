namespace SmartPolicingLms.Web.Hosting;

// The data folder must be writable before anything else happens: without it the database lock cannot be taken, and the
// LMS would wait minutes for "another instance" that does not exist. Asked first at start-up, so the operator reads at
// once what is wrong and the process exits non-zero.
internal static class DataFolderCheck
{
    public static void EnsureWritable(string folder)
    {
        try
        {
            // A folder made here is private from the start (PrivateDataFolder would otherwise tighten it and log that
            // it found it readable by others).
            if (OperatingSystem.IsWindows())
                Directory.CreateDirectory(folder);
            else
                Directory.CreateDirectory(folder, PrivateDataFolder.FolderMode);
            var probe = Path.Combine(folder, $".write-check-{Guid.NewGuid():N}");
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Options = FileOptions.DeleteOnClose };
            if (!OperatingSystem.IsWindows())
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            using (new FileStream(probe, options))
            {
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DataFolderNotWritableException(folder, e);
        }
    }
}

internal sealed class DataFolderNotWritableException(string folder, Exception cause) : Exception(
    $"The data folder {folder} cannot be written ({cause.Message}). The LMS keeps its database and keys there. Give the " +
    "account that runs the LMS write access to it, or choose another folder with Data__Path=/some/folder.", cause)
{
    public string Folder { get; } = folder;
}
