using System.Text;

namespace SmartPolicingLms.Curricula.Gift;

/// <summary>
/// A slice of unescaped GIFT characters. Searches match unescaped characters only, so
/// <c>\{</c> in a question never opens an answer block. All indexes are clamped: slicing
/// can never throw, whatever the input.
/// </summary>
internal readonly struct GiftSpan
{
    readonly GiftChar[] chars;
    readonly int start;

    public GiftSpan(GiftChar[] chars, int start, int length)
    {
        this.chars = chars;
        this.start = Math.Clamp(start, 0, chars.Length);
        Length = Math.Clamp(length, 0, chars.Length - this.start);
    }

    /// <summary>The characters of <paramref name="before"/>, then <paramref name="middle"/>, then <paramref name="after"/>.</summary>
    public static GiftSpan Join(GiftSpan before, GiftChar middle, GiftSpan after)
    {
        var chars = new GiftChar[before.Length + 1 + after.Length];
        for (var i = 0; i < before.Length; i++) chars[i] = before[i];
        chars[before.Length] = middle;
        for (var i = 0; i < after.Length; i++) chars[before.Length + 1 + i] = after[i];
        return new GiftSpan(chars, 0, chars.Length);
    }

    public int Length { get; }
    public bool IsEmpty => Length == 0;
    public GiftChar this[int index] => chars[start + index];

    /// <summary>Where the span starts; an empty span reports the nearest character of the file.</summary>
    public GiftPosition Position => PositionAt(0);

    public GiftPosition PositionAt(int index)
    {
        if (chars.Length == 0) return new GiftPosition(1, 1);
        var c = chars[Math.Clamp(start + index, 0, chars.Length - 1)];
        return new GiftPosition(c.Line, c.Column);
    }

    public GiftSpan Slice(int from) => Slice(from, Length - Math.Max(from, 0));

    public GiftSpan Slice(int from, int length)
    {
        from = Math.Clamp(from, 0, Length);
        return new GiftSpan(chars, start + from, Math.Clamp(length, 0, Length - from));
    }

    public int IndexOf(char c, int from = 0)
    {
        for (var i = Math.Max(from, 0); i < Length; i++)
            if (this[i].Is(c)) return i;
        return -1;
    }

    public int IndexOf(string syntax, int from = 0)
    {
        for (var i = Math.Max(from, 0); i + syntax.Length <= Length; i++)
            if (MatchesAt(i, syntax)) return i;
        return -1;
    }

    public int LastIndexOf(string syntax)
    {
        for (var i = Length - syntax.Length; i >= 0; i--)
            if (MatchesAt(i, syntax)) return i;
        return -1;
    }

    public bool StartsWith(string syntax) => syntax.Length <= Length && MatchesAt(0, syntax);

    public GiftSpan Trim() => TrimStart().TrimEnd();

    public GiftSpan TrimStart()
    {
        var i = 0;
        while (i < Length && char.IsWhiteSpace(this[i].Value)) i++;
        return Slice(i);
    }

    public GiftSpan TrimEnd()
    {
        var end = Length;
        while (end > 0 && char.IsWhiteSpace(this[end - 1].Value)) end--;
        return Slice(0, end);
    }

    /// <summary>The text with escapes resolved.</summary>
    public string Text
    {
        get
        {
            var text = new StringBuilder(Length);
            for (var i = 0; i < Length; i++) text.Append(this[i].Value);
            return text.ToString();
        }
    }

    /// <summary>How many line breaks come from <c>\n</c> escapes rather than from the file's lines.</summary>
    public int EscapedLineBreaks()
    {
        var count = 0;
        for (var i = 0; i < Length; i++)
            if (this[i] is { Value: '\n', Escaped: true }) count++;
        return count;
    }

    /// <summary>The text with <c>\n</c> escapes turned into spaces, keeping only the file's own line breaks.</summary>
    public string TextWithFileLineBreaksOnly()
    {
        var text = new StringBuilder(Length);
        for (var i = 0; i < Length; i++) text.Append(this[i] is { Value: '\n', Escaped: true } ? ' ' : this[i].Value);
        return text.ToString();
    }

    bool MatchesAt(int index, string syntax)
    {
        for (var j = 0; j < syntax.Length; j++)
            if (!this[index + j].Is(syntax[j])) return false;
        return true;
    }
}
