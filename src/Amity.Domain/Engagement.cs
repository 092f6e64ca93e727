namespace Amity.Domain;

/// <summary>The central record: who engaged with whom, when, where, how, and on what evidence.</summary>
public sealed class Engagement
{
    private readonly List<Participant> _participants = [];
    private readonly List<EngagementSource> _sources = [];

    private Engagement()
    {
    }

    public Engagement(EngagementKind kind, PartialDate? date, PartialDate? endDate = null)
    {
        Kind = kind;
        SetDates(date, endDate);
    }

    public long Id { get; private set; }
    public EngagementKind Kind { get; set; }

    /// <summary>First day of the date (for range queries); <see cref="DatePrecision"/> says how much of it is known.</summary>
    public DateOnly? StartsOn { get; private set; }
    public DatePrecision DatePrecision { get; private set; }
    public DateOnly? EndsOn { get; private set; }
    public DatePrecision EndPrecision { get; private set; }
    public EngagementMode? Mode { get; set; }
    public string? Place { get; set; }
    public Channel? Channel { get; set; }
    public EngagementStatus Status { get; set; } = EngagementStatus.Held;
    public Verification Verification { get; set; } = Verification.Extracted;
    public string? EventName { get; set; }
    public string? Summary { get; set; }
    public List<string> Topics { get; private set; } = [];
    public List<string> Outcomes { get; private set; } = [];

    /// <summary>How sure extraction was, 0..1; null for records entered or imported by people.</summary>
    public double? Confidence { get; set; }

    /// <summary>The id the record had where it came from (a gold file's "id").</summary>
    public string? ExternalId { get; set; }

    /// <summary>A hash of the record's content, so importing the same record twice changes nothing.</summary>
    public string? Fingerprint { get; set; }

    /// <summary>
    /// Goes up by one with every saved change to the engagement or its participants and sources (the store
    /// bumps it): an edit made from an older version is refused rather than overwriting the newer one.
    /// </summary>
    public int Version { get; private set; } = 1;

    /// <summary>
    /// Seen only by accounts cleared for restricted records. Its participants carry the mark too, so counts
    /// over participants leave them out without reading the engagement.
    /// </summary>
    public bool Restricted { get; private set; }

    public long? MechanismId { get; private set; }
    public int? RoundNumber { get; private set; }
    public long? DelegationId { get; private set; }

    public IReadOnlyList<Participant> Participants => _participants;
    public IReadOnlyList<EngagementSource> Sources => _sources;

    public PartialDate? Date => StartsOn is { } d ? PartialDate.At(d, DatePrecision) : null;
    public PartialDate? EndDate => EndsOn is { } d ? PartialDate.At(d, EndPrecision) : null;

    /// <summary>Sets both dates; an end date never precedes the start.</summary>
    public void SetDates(PartialDate? date, PartialDate? endDate)
    {
        // A source may give only when something ended ("talks that ended on 2 April"), so an end may stand alone.
        if (endDate is { } end && date is { } start && end.Last < start.First)
        {
            throw new DomainException("end_date", $"end_date {end} is before date {start}");
        }
        StartsOn = date?.First;
        DatePrecision = date?.Precision ?? DatePrecision.Day;
        EndsOn = endDate?.First;
        EndPrecision = endDate?.Precision ?? DatePrecision.Day;
    }

    /// <summary>Marks the engagement and every participant of it (they must be loaded) restricted or open.</summary>
    public void Restrict(bool restricted)
    {
        Restricted = restricted;
        foreach (var participant in _participants)
        {
            participant.Restricted = restricted;
        }
    }

    public Participant AddParticipant(Participant participant)
    {
        participant.Restricted = Restricted;
        _participants.Add(participant);
        return participant;
    }

    public EngagementSource AddSource(Document document, int start, int end, string? quote = null)
    {
        if (start < 0 || end < start)
        {
            throw new DomainException("sources", $"span {start}..{end} is not a valid span");
        }
        var existing = _sources.FirstOrDefault(s => ReferenceEquals(s.Document, document) && s.Start == start && s.End == end);
        if (existing is not null)
        {
            return existing;
        }
        var source = new EngagementSource(document, start, end, quote);
        _sources.Add(source);
        return source;
    }

    /// <summary>True when every span <paramref name="other"/> cites is already cited here.</summary>
    public bool CitesAllOf(Engagement other) =>
        other.Sources.Count > 0 && other.Sources.All(s => _sources.Any(x => x.Document.Key == s.Document.Key && x.Start == s.Start && x.End == s.End));

    /// <summary>
    /// Takes in another report of the same engagement: its sources, the participants not already here
    /// (a named person supersedes a bare organisation placeholder of the same side), and whatever it
    /// knows that this record does not (place, mode, a more precise date that agrees).
    /// </summary>
    public void MergeFrom(Engagement other)
    {
        // What was restricted stays so once merged.
        if (other.Restricted)
        {
            Restrict(true);
        }
        foreach (var source in other.Sources)
        {
            AddSource(source.Document, source.Start, source.End, source.Quote);
        }
        foreach (var participant in other.Participants)
        {
            var key = NameKey.Of(participant.Label);
            if (!_participants.Any(p => p.Side == participant.Side && NameKey.Of(p.Label) == key))
            {
                // A copy, so the other record keeps its own participants until it is removed.
                AddParticipant(participant.Copy());
            }
        }
        _participants.RemoveAll(p => p.IsPlaceholder && _participants.Any(x => !x.IsPlaceholder && x.Side == p.Side && x.SameOrganisation(p)));
        Place ??= other.Place;
        Mode ??= other.Mode;
        EventName ??= other.EventName;
        if (other.Date is { } theirs && (Date is not { } ours || (theirs.Precision > ours.Precision && ours.Contains(theirs.First))))
        {
            SetDates(theirs, EndDate ?? other.EndDate);
        }
    }

    /// <summary>
    /// Makes the participants those given: one already here that matches a given one in every field stays, the
    /// rest go, and the new ones are added.
    /// </summary>
    public void ReplaceParticipants(IEnumerable<Participant> participants)
    {
        var wanted = participants.ToList();
        var kept = new List<Participant>();
        foreach (var p in wanted)
        {
            if (_participants.FirstOrDefault(x => !kept.Contains(x) && x.SameAs(p)) is { } same)
            {
                kept.Add(same);
            }
            else
            {
                kept.Add(p);
            }
        }
        _participants.Clear();
        foreach (var p in kept)
        {
            AddParticipant(p);
        }
    }

    internal void AssignRound(DialogueMechanism mechanism, int number)
    {
        MechanismId = mechanism.Id;
        RoundNumber = number;
    }

    internal void AssignDelegation(Delegation delegation) => DelegationId = delegation.Id;
}

/// <summary>
/// One party to an engagement, as the source names it (name, title, organisation) and, once resolved,
/// linked to a registry person, organisation or country.
/// </summary>
public sealed class Participant
{
    private Participant()
    {
    }

    /// <summary>A party as the source gives it; an unnamed one ("the Cambodian leader") is known by title or country.</summary>
    public Participant(string? name, int side, ParticipantRole role)
    {
        Name = string.IsNullOrWhiteSpace(name) ? null : name.Trim();
        if (side < 0)
        {
            throw new DomainException("side", "side must be 0 or more");
        }
        Side = side;
        Role = role;
    }

    public long Id { get; private set; }
    public long EngagementId { get; private set; }
    public string? Name { get; private set; }
    public string? Title { get; set; }

    /// <summary>The organisation as the source writes it.</summary>
    public string? OrganisationName { get; set; }
    public string? CountryCode { get; set; }
    public int Side { get; private set; }
    public ParticipantRole Role { get; private set; }
    public bool IsPrincipal { get; set; }
    public bool LeadsDelegation { get; set; }

    /// <summary>Its engagement's mark (<see cref="Engagement.Restricted"/>), kept here for counts.</summary>
    public bool Restricted { get; internal set; }
    public long? PersonId { get; private set; }
    public Person? Person { get; private set; }
    public long? OrganisationId { get; private set; }
    public Organisation? Organisation { get; private set; }

    /// <summary>An organisation standing for its side, with no person named (a dialogue round's partner).</summary>
    public bool IsPlaceholder => PersonId is null && Person is null && Title is null && (OrganisationId is not null || Organisation is not null);

    public bool SameOrganisation(Participant other) =>
        (Organisation is not null && ReferenceEquals(Organisation, other.Organisation)) ||
        (OrganisationId is { } id && id != 0 && id == other.OrganisationId);

    public Participant Copy()
    {
        var copy = new Participant(Name, Side, Role)
        {
            Title = Title,
            OrganisationName = OrganisationName,
            CountryCode = CountryCode,
            IsPrincipal = IsPrincipal,
            LeadsDelegation = LeadsDelegation,
        };
        copy.Person = Person;
        copy.PersonId = PersonId;
        copy.Organisation = Organisation;
        copy.OrganisationId = OrganisationId;
        return copy;
    }

    /// <summary>The same party in the same part, linked to the same registry entries.</summary>
    public bool SameAs(Participant other) =>
        Name == other.Name && Title == other.Title && OrganisationName == other.OrganisationName && CountryCode == other.CountryCode &&
        Side == other.Side && Role == other.Role && IsPrincipal == other.IsPrincipal && LeadsDelegation == other.LeadsDelegation &&
        (PersonId ?? Person?.Id) == (other.PersonId ?? other.Person?.Id) &&
        (OrganisationId ?? Organisation?.Id) == (other.OrganisationId ?? other.Organisation?.Id);

    /// <summary>What to call the participant: the name, else the title, organisation or country.</summary>
    public string Label => Name ?? Title ?? OrganisationName ?? CountryCode ?? "unnamed";

    /// <summary>A registry person as a participant, with the title and organisation of the position held on <paramref name="day"/>.</summary>
    public static Participant For(Person person, int side, ParticipantRole role, DateOnly? day)
    {
        var position = day is { } d ? person.PositionOn(d) : null;
        var participant = new Participant(person.Name, side, role)
        {
            Title = position?.Title,
            OrganisationName = position?.Organisation?.Name,
            CountryCode = person.CountryCode,
            IsPrincipal = true,
        };
        participant.LinkPerson(person);
        participant.LinkOrganisation(position?.Organisation);
        return participant;
    }

    /// <summary>An organisation standing for its side (a dialogue round's partner).</summary>
    public static Participant For(Organisation organisation, int side, ParticipantRole role)
    {
        var participant = new Participant(organisation.Name, side, role)
        {
            CountryCode = organisation.CountryCode,
            OrganisationName = organisation.Name,
            IsPrincipal = true,
        };
        participant.LinkOrganisation(organisation);
        return participant;
    }

    public void LinkPerson(Person? person)
    {
        Person = person;
        PersonId = person?.Id;
    }

    public void LinkOrganisation(Organisation? organisation)
    {
        Organisation = organisation;
        OrganisationId = organisation?.Id;
    }
}

/// <summary>A span of a document (UTF-16 offsets, end exclusive) that reports an engagement.</summary>
public sealed class EngagementSource
{
    private EngagementSource()
    {
        Document = null!;
    }

    public EngagementSource(Document document, int start, int end, string? quote)
    {
        Document = document;
        Start = start;
        End = end;
        Quote = quote;
    }

    public long Id { get; private set; }
    public long EngagementId { get; private set; }
    public long DocumentId { get; private set; }
    public Document Document { get; private set; }
    public int Start { get; private set; }
    public int End { get; private set; }

    /// <summary>The passage as cited, kept so a source reads even before its document's text is stored.</summary>
    public string? Quote { get; private set; }

    public string? Passage => Document.Span(Start, End) ?? Quote;
}
