using System.Buffers;
using System.Text.Unicode;
using SmartPolicingLms.Curricula.Diagnostics;

namespace SmartPolicingLms.Curricula.Folder;

/// <summary>
/// Decodes a course text file strictly: UTF-8 only, no NUL bytes, not empty. Line endings
/// and the byte-order mark are normalised so the same course hashes the same on every machine.
/// </summary>
internal static class TextDecoder
{
    public static string? Decode(string path, byte[] bytes, DiagnosticBag diagnostics)
    {
        var span = bytes.AsSpan();
        if (span.StartsWith("\uFEFF"u8)) span = span[3..];
        var chars = new char[span.Length];
        var status = Utf8.ToUtf16(span, chars, out var read, out var written, replaceInvalidSequences: false);
        if (status != OperationStatus.Done)
        {
            var (line, column) = Position(span[..read]);
            diagnostics.Error(DiagnosticCodes.NotUtf8, path, line, column,
                "the file is not UTF-8 text; save it as UTF-8 (most editors offer this under 'Save as' or 'Encoding')");
            return null;
        }
        var text = new string(chars, 0, written);
        var nul = text.IndexOf('\0');
        if (nul >= 0)
        {
            var (line, column) = Position(text.AsSpan(0, nul));
            diagnostics.Error(DiagnosticCodes.NulByte, path, line, column, "the file contains a NUL byte, which text never does; is it a binary file?");
            return null;
        }
        if (string.IsNullOrWhiteSpace(text))
        {
            diagnostics.Error(DiagnosticCodes.EmptyFile, path, 0, 0, "the file is empty");
            return null;
        }
        return text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;
    }

    static (int Line, int Column) Position(ReadOnlySpan<byte> before)
    {
        var lastNewline = before.LastIndexOf((byte)'\n');
        return (before.Count((byte)'\n') + 1, before.Length - lastNewline);
    }

    static (int Line, int Column) Position(ReadOnlySpan<char> before)
    {
        var lastNewline = before.LastIndexOf('\n');
        return (before.Count('\n') + 1, before.Length - lastNewline);
    }
}
