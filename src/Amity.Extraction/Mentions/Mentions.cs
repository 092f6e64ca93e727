using Amity.Extraction.Lexicons;

namespace Amity.Extraction.Mentions;

/// <summary>A person named in a sentence, with the title and organisation the sentence gives them.</summary>
internal sealed class PersonMention
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
internal sealed record OrganisationMention(int First, int Last, string Name, string? Acronym, string? Country);

/// <summary>A named event ("the IX Global Baku Forum").</summary>
internal sealed record EventMention(int First, int Last, string Name, string? Place);

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
