using Amity.Domain;
using Amity.Extraction.Lexicons;
using Amity.Extraction.Mentions;

namespace Amity.Extraction.Engagements;

/// <summary>
/// What the reader of an article remembers from sentence to sentence: the people named so far (so "Liu" and
/// "he" resolve), acronyms, the delegation, the last event, the dateline and the running date and place.
/// </summary>
internal sealed class ArticleContext
{
    private const int MaxPeople = 256;

    public List<PersonMention> People { get; } = [];

    /// <summary>The name words of each of <see cref="People"/>, kept beside them so each mention splits only its own name.</summary>
    private readonly List<string[]> _peopleWords = [];

    /// <summary>Each name word to the ids of the people whose names hold it; an id less <see cref="_removed"/> is a position.</summary>
    private readonly Dictionary<string, List<int>> _byWord = new(StringComparer.Ordinal);
    private int _removed;
    public Dictionary<string, string> Acronyms { get; } = new(StringComparer.Ordinal);
    public PersonMention? Focus { get; set; }

    /// <summary>The person an interview is with: the "I" of its answers.</summary>
    public PersonMention? Narrator { get; set; }

    /// <summary>The organisations named so far, the latest last (a bounded window).</summary>
    public List<OrganisationMention> Organisations { get; } = [];
    public PersonMention? DelegationLeader { get; set; }

    /// <summary>The last delegation named by its kind ("the UK delegation").</summary>
    public PersonMention? LastGroup { get; set; }
    public string? DelegationCountry { get; set; }
    public EventMention? LastEvent { get; set; }
    public EventMention? HeldEvent { get; set; }
    public string? HeldEventPlace { get; set; }

    /// <summary>The day each event was said to be held on ("On 10 July, the X Summit was held ...").</summary>
    public Dictionary<string, PartialDate> EventDays { get; } = new(StringComparer.Ordinal);

    /// <summary>The held event's full name as its sentence gives it ("The Sixth A-B Strategic Dialogue was held ...").</summary>
    public string? HeldEventName { get; set; }
    public DateOnly? Reference { get; set; }
    public PlaceEntry? DatelineCity { get; set; }
    /// <summary>The date the article's narrative has reached; <see cref="NarrativeSetAt"/> is the sentence that set it.</summary>
    public PartialDate? NarrativeDate
    {
        get;
        set
        {
            field = value;
            NarrativeSetAt = SentenceIndex;
        }
    }

    public int NarrativeSetAt { get; private set; }

    /// <summary>The index of the sentence being read.</summary>
    public int SentenceIndex { get; set; }
    public PartialDate? PreviousDate { get; set; }

    /// <summary>The last range of days the article gave ("from 12th to 19th October"), for "on the last day".</summary>
    public (DateOnly First, DateOnly Last)? LastRange { get; set; }
    /// <summary>Where the narrative is, and the sentence that put it there.</summary>
    public string? NarrativePlace
    {
        get;
        set
        {
            field = value;
            NarrativePlaceAt = SentenceIndex;
        }
    }

    public int NarrativePlaceAt { get; private set; }

    /// <summary>Where the visit under way goes, and the sentence that named it.</summary>
    public PlaceEntry? VisitDestination
    {
        get;
        set
        {
            field = value;
            VisitDestinationAt = SentenceIndex;
        }
    }

    public int VisitDestinationAt { get; private set; }
    public Candidate? LastBilateral { get; set; }

    /// <summary>The article has reported a signing: "the Agreement between A and B" after it names a signed document.</summary>
    public bool SigningReported { get; set; }

    /// <summary>The city a sentence said the article's meeting was held in, and the date of that meeting.</summary>
    public string? MeetingPlace { get; set; }
    public PartialDate? MeetingPlaceDate { get; set; }

    /// <summary>The last two parties a sentence coordinated ("China and the EU"): names, countries, whether a country.</summary>
    public ((string Name, string? Country, bool IsCountry) A, (string Name, string? Country, bool IsCountry) B)? LastPair { get; set; }
    public Participant? LastLetterRecipient { get; set; }
    public List<Trigger> SentenceTriggers { get; set; } = [];

    /// <summary>The agent of a meeting with people the next sentence may list ("met separately with friends ...").</summary>
    public PersonMention? PendingMeeting { get; set; }

    /// <summary>The visitors of the visits reported so far.</summary>
    public List<PersonMention> Visitors { get; } = [];
    public HashSet<string> CountriesNamed { get; } = new(StringComparer.Ordinal);

    /// <summary>Pairs of countries the article joins in compounds ("China-Azerbaijan relations"), codes in order.</summary>
    public HashSet<(string, string)> CountryPairs { get; } = [];

    /// <summary>Countries whose government, ministry or embassy the article names, with counts: the reporting country's evidence.</summary>
    public Dictionary<string, int> HomeEvidence { get; } = new(StringComparer.Ordinal);

    /// <summary>Resolves a mention against the people named before; returns the mention to use.</summary>
    public PersonMention Resolve(PersonMention mention)
    {
        var words = Words(mention.Name);
        // Only people sharing a word can be the same person: the earliest such one, found through the word index.
        var match = -1;
        foreach (var w in words)
        {
            if (_byWord.TryGetValue(w, out var ids))
            {
                foreach (var id in ids)
                {
                    var at = id - _removed;
                    if ((match < 0 || at < match) && SamePerson(_peopleWords[at], words))
                    {
                        match = at;
                    }
                }
            }
        }
        if (match >= 0)
        {
            var k = match;
            var known = People[k];
            {
                var resolved = mention.Copy();
                resolved.IsReference = !string.Equals(known.Name, mention.Name, StringComparison.Ordinal);
                resolved.Name = known.Name.Length >= mention.Name.Length ? known.Name : mention.Name;
                if (mention.Title is null || mention.Counterpart
                    || (known.Title is not null && Within(mention.Title, known.Title) && !Resolution.PersonResolver.Descriptive(known.Title)))
                {
                    // A later short form ("President") stands for the full title given first ("President of the Republic of X").
                    resolved.Title = known.Title ?? mention.Title;
                }
                else
                {
                    (resolved.Title, known.Title) = Resolution.PersonResolver.Titles(known.Title, mention.Title);
                }
                resolved.Organisation ??= known.Organisation;
                resolved.Country ??= known.Country;
                known.Title ??= mention.Title;
                known.Organisation ??= mention.Organisation;
                known.Country ??= mention.Country;
                if (mention.Name.Length > known.Name.Length)
                {
                    known.Name = mention.Name;
                    _peopleWords[k] = words;
                    Index(words, k + _removed);
                }
                return resolved;
            }
        }
        People.Add(mention.Copy());
        _peopleWords.Add(words);
        Index(words, People.Count - 1 + _removed);
        // A window of recent people keeps resolution linear on endless input.
        if (People.Count > MaxPeople)
        {
            foreach (var w in _peopleWords[0])
            {
                if (_byWord.TryGetValue(w, out var ids))
                {
                    ids.Remove(_removed);
                }
            }
            People.RemoveAt(0);
            _peopleWords.RemoveAt(0);
            _removed++;
        }
        return mention;
    }

    private void Index(string[] words, int id)
    {
        foreach (var w in words)
        {
            if (!_byWord.TryGetValue(w, out var ids))
            {
                _byWord[w] = ids = [];
            }
            if (!ids.Contains(id))
            {
                ids.Add(id);
            }
        }
    }

    /// <summary><paramref name="large"/> extends <paramref name="small"/> ("President" → "President of the Republic of X").</summary>
    private static bool Within(string small, string large)
    {
        var ks = NameKey.Of(small);
        var kl = NameKey.Of(large);
        return ks.Length > 0 && kl.Length > ks.Length && kl.StartsWith(ks + " ", StringComparison.Ordinal);
    }

    /// <summary>Same person: one name's words all among the other's (the surname alone, or a longer form).</summary>
    private static bool SamePerson(string[] ta, string[] tb)
    {
        var (small, large) = ta.Length <= tb.Length ? (ta, tb) : (tb, ta);
        if (small.Length == 0 || small[0].Length <= 1)
        {
            return false;
        }
        foreach (var s in small)
        {
            if (Array.IndexOf(large, s) < 0)
            {
                return false;
            }
        }
        return true;
    }

    private static string[] Words(string name) => NameKey.Of(name).Split(' ');
}
