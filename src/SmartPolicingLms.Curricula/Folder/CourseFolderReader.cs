using System.Security.Cryptography;
using System.Text;
using SmartPolicingLms.Curricula.Diagnostics;
using SmartPolicingLms.Curricula.Model;

namespace SmartPolicingLms.Curricula.Folder;

/// <summary>
/// Reads every file the format allows from a course folder, checking sizes before reading so
/// a huge file is refused rather than loaded, and refusing symbolic links that leave the folder.
/// </summary>
internal sealed class CourseFolderReader(DiagnosticBag diagnostics)
{
    const int MaxDepth = 8;
    readonly List<SourceFile> files = [];
    long totalBytes;
    bool limitReported;

    public IReadOnlyList<SourceFile> Read(string folder)
    {
        var root = Path.GetFullPath(folder);
        var realRoot = RealPath(new DirectoryInfo(root));
        Walk(new DirectoryInfo(root), "", realRoot, 0);
        files.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return files;
    }

    /// <summary>
    /// The version hash: SHA-256 over each file's path and own SHA-256, in path order. Each file
    /// is hashed once, and the per-file hashes are kept with the version.
    /// </summary>
    public static string Hash(IEnumerable<SourceFile> sources)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in sources.OrderBy(f => f.Path, StringComparer.Ordinal))
            hash.AppendData(Encoding.UTF8.GetBytes($"{file.Path}\0{file.Sha256}\n"));
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    void Walk(DirectoryInfo directory, string relative, string realRoot, int depth)
    {
        if (depth > MaxDepth)
        {
            diagnostics.Error(DiagnosticCodes.FolderTooLarge, relative, 0, 0, $"folders are nested more than {MaxDepth} deep");
            return;
        }
        foreach (var entry in Entries(directory, relative))
        {
            if (entry.Name.StartsWith('.')) continue;
            var path = relative.Length == 0 ? entry.Name : relative + "/" + entry.Name;
            if (entry.LinkTarget is not null && !LinkStaysInside(entry, path, realRoot)) continue;
            if (entry is DirectoryInfo sub)
            {
                if (entry.LinkTarget is null) Walk(sub, path, realRoot, depth + 1);
                continue;
            }
            if (!Allowed(path)) continue;
            if (!WithinLimits((FileInfo)entry, path)) return;
            ReadFile((FileInfo)entry, path);
        }
    }

    IEnumerable<FileSystemInfo> Entries(DirectoryInfo directory, string relative)
    {
        try
        {
            return directory.EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal).ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.FileUnreadable, relative, 0, 0, $"the folder cannot be read: {e.Message}");
            return [];
        }
    }

    bool LinkStaysInside(FileSystemInfo entry, string path, string realRoot)
    {
        FileSystemInfo? target;
        try
        {
            target = entry.ResolveLinkTarget(returnFinalTarget: true);
        }
        catch (IOException)
        {
            target = null; // a loop of links: treated like a link to nowhere
        }
        var inside = target is { Exists: true } && entry is FileInfo
            && RealPath(target).StartsWith(realRoot + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        if (!inside)
            diagnostics.Error(DiagnosticCodes.LinkLeavesFolder, path, 0, 0, entry is DirectoryInfo
                ? "this is a symbolic link to a folder; course folders hold real folders only"
                : "this symbolic link points outside the course folder (or nowhere); copy the file into the course instead");
        return inside;
    }

    bool Allowed(string path)
    {
        var known = path == "course.md"
            || (Path.GetDirectoryName(path) is "modules" && path.EndsWith(".md", StringComparison.Ordinal))
            || (Path.GetDirectoryName(path) is "questions" && CourseFileKinds.IsText(path))
            || (path.StartsWith("media/", StringComparison.Ordinal) && CourseFileKinds.IsImage(path));
        if (known) return true;
        if (path != "README.md")
            diagnostics.Warning(DiagnosticCodes.UnknownFile, path, 0, 0,
                "the format has no place for this file, so it is not part of the course (modules go in modules/, questions in questions/, images in media/)");
        return false;
    }

    bool WithinLimits(FileInfo file, string path)
    {
        if (files.Count >= CourseFileKinds.MaxFiles || totalBytes + file.Length > CourseFileKinds.MaxFolderBytes)
        {
            if (!limitReported)
                diagnostics.Error(DiagnosticCodes.FolderTooLarge, path, 0, 0,
                    $"the course folder holds more than {CourseFileKinds.MaxFiles} files or {CourseFileKinds.MaxFolderBytes / (1024 * 1024)} MB; the rest was not read");
            limitReported = true;
            return false;
        }
        return true;
    }

    void ReadFile(FileInfo file, string path)
    {
        var isText = CourseFileKinds.IsText(path);
        var limit = isText ? CourseFileKinds.MaxTextBytes : CourseFileKinds.MaxImageBytes;
        if (file.Length > limit)
        {
            diagnostics.Error(DiagnosticCodes.FileTooLarge, path, 0, 0,
                $"the file is {file.Length / 1024} KB; {(isText ? "Markdown and GIFT files" : "images")} may be at most {limit / 1024} KB");
            return;
        }
        if (file.Length == 0)
        {
            diagnostics.Error(DiagnosticCodes.EmptyFile, path, 0, 0, "the file is empty");
            return;
        }
        var bytes = ReadAtMost(file, path, limit);
        if (bytes is null) return;
        totalBytes += bytes.Length;
        if (!isText)
        {
            files.Add(SourceFile.Create(path, bytes, null));
            return;
        }
        var text = TextDecoder.Decode(path, bytes, diagnostics);
        if (text is null) return;
        // Most files need no normalising; then the bytes read are already the bytes to keep.
        var normalised = text.Length == bytes.Length && bytes[0] != 0xEF && !bytes.AsSpan().Contains((byte)'\r')
            ? bytes : Encoding.UTF8.GetBytes(text);
        files.Add(SourceFile.Create(path, normalised, text));
    }

    /// <summary>Reads with a hard cap: the file may grow between the size check and the read.</summary>
    byte[]? ReadAtMost(FileInfo file, string path, int limit)
    {
        try
        {
            using var stream = file.OpenRead();
            var buffer = new byte[limit + 1];
            var read = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            if (read > limit)
            {
                diagnostics.Error(DiagnosticCodes.FileTooLarge, path, 0, 0, $"the file is larger than {limit / 1024} KB");
                return null;
            }
            return buffer[..read];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.FileUnreadable, path, 0, 0, $"the file cannot be read: {e.Message}");
            return null;
        }
    }

    static string RealPath(FileSystemInfo info)
    {
        // Resolve every symbolic link on the way, so '/tmp' -> '/private/tmp' style roots compare right.
        var full = Path.GetFullPath(info.FullName).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(full);
        if (parent is null) return full;
        var resolvedParent = RealPath(new DirectoryInfo(parent));
        var self = new FileInfo(Path.Combine(resolvedParent, Path.GetFileName(full)));
        var target = self.Exists || Directory.Exists(self.FullName) ? (self.Exists ? (FileSystemInfo)self : new DirectoryInfo(self.FullName)) : null;
        var link = target?.ResolveLinkTarget(returnFinalTarget: true);
        return link is null ? Path.Combine(resolvedParent, Path.GetFileName(full)) : RealPath(link);
    }
}
