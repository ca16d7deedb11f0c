namespace SmartPolicingLms.Curricula.Folder;

/// <summary>A file read from a course folder: normalised bytes, and the text for Markdown and GIFT.</summary>
internal sealed record SourceFile(string Path, byte[] Bytes, string? Text, string Sha256)
{
    public static SourceFile Create(string path, byte[] bytes, string? text) =>
        new(path, bytes, text, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)));

    /// <summary>Number of lines, so diagnostics never point past the end.</summary>
    public int LineCount => Text is null ? 0 : Text.Count(c => c == '\n') + (Text.EndsWith('\n') ? 0 : 1);
}
