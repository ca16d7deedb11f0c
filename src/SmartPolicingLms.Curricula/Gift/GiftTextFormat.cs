namespace SmartPolicingLms.Curricula.Gift;

/// <summary>Moodle's text formats, named in GIFT by a <c>[format]</c> prefix.</summary>
internal enum GiftTextFormat
{
    /// <summary>Moodle auto-format, the default: text that may hold HTML, line breaks kept.</summary>
    Moodle,
    Html,
    Plain,
    Markdown,
}

internal static class GiftTextFormats
{
    /// <summary>
    /// Reads a <c>[format]</c> prefix at the very start of a text. As in Moodle, the names are
    /// lower-case and an unknown name stays part of the text (it may be a Markdown link).
    /// Answers and feedback inherit the question's format when they have no prefix.
    /// </summary>
    public static (GiftTextFormat Format, GiftSpan Text) Split(GiftSpan text, GiftTextFormat inherited)
    {
        text = text.Trim();
        var close = text.IndexOf(']');
        if (!text.StartsWith("[") || close < 0) return (inherited, text);
        GiftTextFormat? named = text.Slice(1, close - 1).Text switch
        {
            "moodle" => GiftTextFormat.Moodle,
            "html" => GiftTextFormat.Html,
            "plain" => GiftTextFormat.Plain,
            "markdown" => GiftTextFormat.Markdown,
            _ => null,
        };
        return named is { } format ? (format, text.Slice(close + 1).Trim()) : (inherited, text);
    }
}
