using System.Runtime.InteropServices;

namespace SmartPolicingLms.Curricula.Folder;

/// <summary>
/// Finds files that are hard links to a file outside the course folder. A hard link is not a
/// link the walk can see: it is one more name of the same file, so `tar` or `ln` can make a
/// course file that is really /etc/shadow. A file with more than one name is accepted only
/// when every one of its names is a file the course reads; otherwise some name lies elsewhere
/// and the file is refused like a symbolic link that leaves the folder.
/// </summary>
/// <remarks>
/// Linux only, through <c>statx</c> (glibc 2.28 and later), whose result has the same layout on
/// every architecture. Elsewhere, or when the call is missing, the check is skipped: Windows
/// courses rarely hold hard links, and the web app runs on Linux.
/// </remarks>
internal sealed class HardLinks
{
    readonly Dictionary<(ulong Device, ulong Inode), List<string>> names = [];
    readonly Dictionary<(ulong Device, ulong Inode), uint> linkCounts = [];
    static bool available = OperatingSystem.IsLinux();

    /// <summary>Notes a file the course reads, if it has more than one name.</summary>
    public void Note(string fullPath, string coursePath)
    {
        if (Stat(fullPath) is not { LinkCount: > 1 } stat) return;
        var identity = (stat.Device, stat.Inode);
        linkCounts[identity] = stat.LinkCount;
        if (!names.TryGetValue(identity, out var paths)) names[identity] = paths = [];
        paths.Add(coursePath);
    }

    /// <summary>Course paths of files that have names outside the files the course reads, with their count of names.</summary>
    public IEnumerable<(string Path, uint LinkCount)> LeavingTheCourse() =>
        names.Where(n => n.Value.Count < linkCounts[n.Key]).SelectMany(n => n.Value.Select(p => (p, linkCounts[n.Key])));

    static (ulong Device, ulong Inode, uint LinkCount)? Stat(string path)
    {
        if (!available) return null;
        var buffer = new byte[256];
        try
        {
            if (statx(AtCurrentDirectory, path, AtSymlinkNoFollow, StatxBasicStats, buffer) != 0) return null;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            available = false;
            return null;
        }
        var span = buffer.AsSpan();
        // struct statx: stx_nlink at 16, stx_ino at 32, stx_dev_major and stx_dev_minor at 136 and 140.
        var device = ((ulong)MemoryMarshal.Read<uint>(span[136..]) << 32) | MemoryMarshal.Read<uint>(span[140..]);
        return (device, MemoryMarshal.Read<ulong>(span[32..]), MemoryMarshal.Read<uint>(span[16..]));
    }

    const int AtCurrentDirectory = -100;
    const int AtSymlinkNoFollow = 0x100;
    const uint StatxBasicStats = 0x7ff;

    [DllImport("libc", SetLastError = true)]
    static extern int statx(int directoryFd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, byte[] buffer);
}
