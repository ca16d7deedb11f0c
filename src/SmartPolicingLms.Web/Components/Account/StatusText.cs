namespace SmartPolicingLms.Web.Components.Account;

// Whether a status message reports an error travels as a marker in front of its words, not in the words: the words are
// in the reader's language, so StatusMessage cannot tell an error by the English "Error" they used to begin with.
internal static class StatusText
{
    const char ErrorMarker = '!';

    public static string Error(string words) => ErrorMarker + words;

    public static bool IsError(string message) => message.Length > 0 && message[0] == ErrorMarker;

    public static string Words(string message) => IsError(message) ? message[1..] : message;
}
