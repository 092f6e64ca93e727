using Amity.Extraction.Lexicons;

namespace Amity.Extraction.Mentions;

/// <summary>A mention's tokens, first to last, in its sentence.</summary>
internal interface ITokenSpan
{
    int First { get; }
    int Last { get; }
}

internal static class TokenSpans
{
    /// <summary>The first mention overlapping tokens <paramref name="first"/>..<paramref name="last"/> (a loop, not a lambda: called per token).</summary>
    public static T? Overlapping<T>(List<T> mentions, int first, int last) where T : class, ITokenSpan
    {
        foreach (var m in mentions)
        {
            if (m.First <= last && m.Last >= first)
            {
                return m;
            }
        }
        return null;
    }

    /// <summary>Inserts a mention before the first one that starts after <paramref name="last"/>, keeping token order.</summary>
    public static void InsertAfter<T>(List<T> mentions, T mention, int last) where T : ITokenSpan
    {
        var at = mentions.FindIndex(m => m.First > last);
        mentions.Insert(at < 0 ? mentions.Count : at, mention);
    }
}

/// <summary>A person named in a sentence, with the title and organisation the sentence gives them.</summary>
internal sealed class PersonMention : ITokenSpan
{
    public required string Name { get; set; }
    public required int NameFirst { get; init; }
    public required int NameLast { get; init; }
    public int First { get; set; }
    public int Last { get; set; }
    public string? Title { get; set; }
    public string? Organisation { get; set; }
    public string? Country { get; set; }

    /// <summary>The title is relational ("his Chinese counterpart"): it borrows the other side's title.</summary>
    public bool Counterpart { get; set; }

    /// <summary>A short reference ("Liu", "he") resolved to a person named before.</summary>
    public bool IsReference { get; set; }

    /// <summary>Stands for a group led by the person ("the delegation").</summary>
    public bool IsGroup { get; set; }

    public PersonMention Copy() => (PersonMention)MemberwiseClone();

    public override string ToString() => $"{Name} [{Title}] ({Organisation}, {Country})";
}

/// <summary>An organisation named in a sentence ("the African National Congress (ANC)").</summary>
internal sealed record OrganisationMention(int First, int Last, string Name, string? Acronym, string? Country) : ITokenSpan;

/// <summary>A named event ("the IX Global Baku Forum").</summary>
internal sealed record EventMention(int First, int Last, string Name, string? Place) : ITokenSpan;

/// <summary>Everything found in one sentence.</summary>
internal sealed class SentenceMentions
{
    public required LabelledSentence Labelled { get; init; }
    public List<PersonMention> Persons { get; } = [];
    public List<OrganisationMention> Organisations { get; } = [];
    public List<EventMention> Events { get; } = [];
    public List<DateMention> Dates { get; init; } = [];
    public List<PlaceMention> Places => Labelled.Places;
    public Text.Sentence Sentence => Labelled.Sentence;

    public PlaceEntry? CountryAt(int token) => Labelled.PlaceAt[token]?.Entry;
}
