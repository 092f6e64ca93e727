namespace Amity.Domain;

/// <summary>
/// The longest text each kind of field takes: well above any real name, title or note, low enough that a pasted
/// page or a hostile request cannot become one. Entered text over a limit is refused by field; extraction, which
/// must never fail an import, clamps what it reads instead.
/// </summary>
public static class TextLimits
{
    /// <summary>Names of people, organisations, delegations, dialogues and places, and aliases.</summary>
    public const int Name = 200;

    /// <summary>Titles held, organisations as a source writes them, event names.</summary>
    public const int Title = 400;

    /// <summary>Notes and summaries.</summary>
    public const int Note = 4000;

    /// <summary>Participants of one engagement.</summary>
    public const int Participants = 500;

    /// <summary>The text cut to <paramref name="limit"/> characters, never between the halves of a surrogate pair.</summary>
    public static string? Clamp(string? text, int limit)
    {
        if (text is null || text.Length <= limit)
        {
            return text;
        }
        var end = char.IsHighSurrogate(text[limit - 1]) ? limit - 1 : limit;
        return text[..end].TrimEnd();
    }

    /// <summary>The message for a field over its limit.</summary>
    public static string TooLong(string field, int length, int limit) =>
        $"{field} is {length} characters long; at most {limit} are taken";
}
