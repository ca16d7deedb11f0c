using System.Security.Cryptography;
using System.Text;
using SmartPolicingLms.Curricula.Diagnostics;
using SmartPolicingLms.Curricula.Model;

namespace SmartPolicingLms.Curricula.Folder;

/// <summary>
/// Reads every file the format allows from a course folder, checking sizes before reading so
/// a huge file is refused rather than loaded, and refusing symbolic and hard links that leave the
/// folder and names that could forge a line of output or would not unpack on Windows.
/// </summary>
internal sealed class CourseFolderReader(DiagnosticBag diagnostics)
{
    const int MaxDepth = 8;
    readonly List<SourceFile> files = [];
    readonly HardLinks hardLinks = new();
    long totalBytes;
    bool limitReported;

    public IReadOnlyList<SourceFile> Read(string folder)
    {
        var root = Path.GetFullPath(folder);
        var realRoot = RealPath(new DirectoryInfo(root));
        Walk(new DirectoryInfo(root), "", realRoot, 0);
        RefuseHardLinksLeavingTheFolder();
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
        var entries = Entries(directory, relative);
        ReportNamesWindowsConfuses(entries, relative);
        foreach (var entry in entries)
        {
            if (entry.Name.StartsWith('.')) continue;
            var path = relative.Length == 0 ? entry.Name : relative + "/" + entry.Name;
            if (!NameIsSafe(entry, path)) continue;
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

    /// <summary>
    /// A name that breaks a line or reorders text never reaches the course: it is refused here,
    /// shown escaped, and its file is not read (so no later diagnostic prints it raw).
    /// </summary>
    bool NameIsSafe(FileSystemInfo entry, string path)
    {
        if (FileNames.HasUnsafe(entry.Name))
        {
            diagnostics.Error(DiagnosticCodes.FileNameUnsafe, FileNames.Escape(path), 0, 0,
                $"the name '{FileNames.Escape(entry.Name)}' holds a line break or another control character; rename the {(entry is DirectoryInfo ? "folder" : "file")}, it was not read");
            return false;
        }
        if (FileNames.WhyNotOnWindows(entry.Name) is { } why)
            diagnostics.Error(DiagnosticCodes.FileNameNotPortable, path, 0, 0, $"{why}; rename it so the course unpacks on every computer");
        return true;
    }

    /// <summary>Windows and macOS ignore case in names, so of 'Map.png' and 'map.png' only one survives there.</summary>
    void ReportNamesWindowsConfuses(IReadOnlyList<FileSystemInfo> entries, string relative)
    {
        foreach (var clash in entries.Where(e => !e.Name.StartsWith('.') && !FileNames.HasUnsafe(e.Name))
                     .GroupBy(e => e.Name.ToUpperInvariant()).Where(g => g.Count() > 1))
        {
            var names = clash.Select(e => e.Name).ToList();
            foreach (var name in names.Skip(1))
                diagnostics.Error(DiagnosticCodes.FileNameNotPortable, relative.Length == 0 ? name : relative + "/" + name, 0, 0,
                    $"'{name}' and '{names[0]}' differ only in upper and lower case; Windows and macOS keep only one of them, so rename one");
        }
    }

    IReadOnlyList<FileSystemInfo> Entries(DirectoryInfo directory, string relative)
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
        // Editions add course.<lang>.md beside course.md (their modules and questions sit in modules/ and questions/),
        // and glossary.md lists the terms of every edition.
        var edition = Editions.EditionFiles.Parse(path);
        var known = path is "course.md" or "glossary.md" || edition is { ReferencePath: "course.md" }
            || (Path.GetDirectoryName(path) is "modules" && path.EndsWith(".md", StringComparison.Ordinal))
            || (Path.GetDirectoryName(path) is "questions" && CourseFileKinds.IsText(path))
            || (path.StartsWith("media/", StringComparison.Ordinal) && CourseFileKinds.IsImage(path));
        if (known) return true;
        if (path != "README.md" && edition is not { ReferencePath: "README.md" })
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
        if (file.LinkTarget is null) hardLinks.Note(file.FullName, path);
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

    /// <summary>
    /// Reads into an array of the file's own size: one allocation of what is kept, instead of a
    /// buffer of the kind's limit per file (512 KB for every module, which made a thousand
    /// modules a run of full garbage collections). The cap still holds if the file grew after
    /// its size was checked.
    /// </summary>
    byte[]? ReadAtMost(FileInfo file, string path, int limit)
    {
        try
        {
            // bufferSize 0: no FileStream buffer, since the whole file is read in one call.
            using var stream = new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
            var bytes = new byte[Math.Min(file.Length, limit)];
            var read = stream.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false);
            if (read < bytes.Length) return bytes[..read];
            Span<byte> more = stackalloc byte[1];
            if (stream.Read(more) == 0) return bytes;
            return ReadGrownFile(stream, bytes, more[0], path, limit);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.FileUnreadable, path, 0, 0, $"the file cannot be read: {e.Message}");
            return null;
        }
    }

    byte[]? ReadGrownFile(Stream stream, byte[] start, byte next, string path, int limit)
    {
        using var grown = new MemoryStream();
        grown.Write(start);
        grown.WriteByte(next);
        var rest = new byte[limit + 1 - (int)grown.Length];
        grown.Write(rest, 0, stream.ReadAtLeast(rest, rest.Length, throwOnEndOfStream: false));
        if (grown.Length > limit)
        {
            diagnostics.Error(DiagnosticCodes.FileTooLarge, path, 0, 0, $"the file is larger than {limit / 1024} KB");
            return null;
        }
        return grown.ToArray();
    }

    void RefuseHardLinksLeavingTheFolder()
    {
        var refused = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (path, names) in hardLinks.LeavingTheCourse())
        {
            diagnostics.Error(DiagnosticCodes.LinkLeavesFolder, path, 0, 0,
                $"this file is a hard link with {names} names, and not all of them are files of the course, so it may be a file from outside the folder; copy the file into the course instead");
            refused.Add(path);
        }
        files.RemoveAll(f => refused.Contains(f.Path));
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
