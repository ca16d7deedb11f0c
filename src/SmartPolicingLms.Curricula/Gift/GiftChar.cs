namespace SmartPolicingLms.Curricula.Gift;

/// <summary>
/// One character of GIFT text after backslash escapes are resolved. An escaped character is
/// text, never syntax, so the parser asks for unescaped characters only; every character keeps
/// its place in the file for diagnostics.
/// </summary>
internal readonly record struct GiftChar(char Value, bool Escaped, int Line, int Column)
{
    public bool Is(char c) => Value == c && !Escaped;
}

/// <summary>A place in the GIFT file, 1-based.</summary>
internal readonly record struct GiftPosition(int Line, int Column);
