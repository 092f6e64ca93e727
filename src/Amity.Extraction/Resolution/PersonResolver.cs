using Amity.Extraction.Lexicons;
using Amity.Extraction.Text;

namespace Amity.Extraction.Resolution;

/// <summary>How a later mention of a person and what was known of them combine.</summary>
internal static class PersonResolver
{
    /// <summary>
    /// The title for a later mention and the one to remember: a short form ("Secretary Blinken") takes the
    /// fuller form given before ("Secretary of State"); a fuller form given later ("General Secretary and President
    /// of Laos" after "President of Laos") is remembered.
    /// </summary>
    public static (string? Mention, string? Known) Titles(string? known, string? mention)
    {
        if (known is null || mention is null)
        {
            return (mention ?? known, known ?? mention);
        }
        var k = Words(known);
        var m = Words(mention);
        if (m.Count < k.Count && m.IsSubsetOf(k))
        {
            // A descriptive title ("President of the west African state of Sierra Leone") is not repeated for "President Bio".
            return Descriptive(known) ? (mention, known) : (known, known);
        }
        if (k.Count < m.Count && k.IsSubsetOf(m))
        {
            return (mention, mention);
        }
        // A formal title ("President of the Republic of Kenya") replaces a descriptive one ("President of the east
        // African state of Kenya", "China's top legislator") as what is remembered.
        return Descriptive(known) && !Descriptive(mention) ? (mention, mention) : (mention, known);
    }

    private static readonly string[] Connectors = ["of", "the", "and", "for", "to", "in", "on", "at", "cum", "&", "charge", "with", "its", "his", "her"];

    /// <summary>A title with lower-case words other than connectors ("top legislator", "west African state").</summary>
    public static bool Descriptive(string title)
    {
        foreach (var t in Tokenizer.Tokenize(title, 0, title.Length))
        {
            if (t.IsWord && !t.IsCapitalised && !t.IsNumber && Array.IndexOf(Connectors, t.Lower) < 0)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The words of a title without a leading nationality ("Chinese", "Singapore's") or article.</summary>
    private static HashSet<string> Words(string title)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in Tokenizer.Tokenize(title, 0, title.Length))
        {
            if (!t.IsWord || t.Is("the"))
            {
                continue;
            }
            var place = Gazetteer.Instance.Lookup(t.Bare);
            if (place is null || place[0].Kind == PlaceKind.City)
            {
                set.Add(t.Bare);
            }
        }
        return set;
    }
}
