namespace Amity.Domain;

/// <summary>A delegation received or sent: who goes, when, who hosts, and its itinerary of engagements.</summary>
public sealed class Delegation
{
    private readonly List<DelegationMember> _members = [];
    private readonly List<Engagement> _itinerary = [];

    private Delegation()
    {
        Name = "";
    }

    public Delegation(string name, DelegationDirection direction, string? countryCode, DateOnly? start, DateOnly? end)
    {
        Name = Require.Text(name, "name");
        Direction = direction;
        CountryCode = countryCode;
        SetDates(start, end);
    }

    public long Id { get; private set; }
    public string Name { get; private set; }
    public DelegationDirection Direction { get; private set; }

    /// <summary>The other country: where an inbound delegation comes from, or where an outbound one goes.</summary>
    public string? CountryCode { get; private set; }
    public long? LeaderId { get; private set; }
    public Person? Leader { get; private set; }
    public long? HostOrganisationId { get; private set; }
    public Organisation? Host { get; private set; }
    public DateOnly? Start { get; private set; }
    public DateOnly? End { get; private set; }
    public EngagementStatus Status { get; private set; } = EngagementStatus.Planned;

    /// <summary>Seen only by accounts cleared for restricted records; so is its programme.</summary>
    public bool Restricted { get; private set; }
    public IReadOnlyList<DelegationMember> Members => _members;
    public IReadOnlyList<Engagement> Itinerary => _itinerary;

    public void SetDates(DateOnly? start, DateOnly? end)
    {
        Require.Order(start, end, "end");
        Start = start;
        End = end;
    }

    public void SetLeader(Person? leader)
    {
        Leader = leader;
        LeaderId = leader?.Id;
    }

    public void SetHost(Organisation? host)
    {
        Host = host;
        HostOrganisationId = host?.Id;
    }

    /// <summary>Marks the delegation and its programme (which must be loaded) restricted or open.</summary>
    public void Restrict(bool restricted)
    {
        Restricted = restricted;
        foreach (var engagement in _itinerary)
        {
            engagement.Restrict(restricted);
        }
    }

    public void AddMember(Person person)
    {
        if (_members.All(m => !ReferenceEquals(m.Person, person)))
        {
            _members.Add(new DelegationMember(person));
        }
    }

    /// <summary>Adds an engagement of the programme; it must fall within the delegation's dates.</summary>
    public void AddToItinerary(Engagement engagement)
    {
        if (Status is EngagementStatus.Held or EngagementStatus.Cancelled)
        {
            throw new DomainException("itinerary", $"a delegation that is {Codes.Of(Status)} takes no new programme items");
        }
        if (engagement.Date is { } date && Start is { } start && End is { } end && (date.Last < start || date.First > end))
        {
            throw new DomainException("itinerary", $"{date} is outside the delegation's dates {start:yyyy-MM-dd}..{end:yyyy-MM-dd}");
        }
        engagement.AssignDelegation(this);
        engagement.Status = Status;
        if (Restricted)
        {
            engagement.Restrict(true);
        }
        _itinerary.Add(engagement);
    }

    /// <summary>
    /// Plans a meeting or visit of the programme: the leader on the delegation's side, the people met on the
    /// other, each with the title they hold that day. An inbound delegation is the guest (side 1); an outbound
    /// one is ours (side 0).
    /// </summary>
    public Engagement PlanItem(EngagementKind kind, PartialDate date, string? place, string? note, IEnumerable<Person> with)
    {
        if (note?.Trim().Length > TextLimits.Note)
        {
            throw new DomainException("note", TextLimits.TooLong("note", note.Trim().Length, TextLimits.Note));
        }
        if (place?.Trim().Length > TextLimits.Name)
        {
            throw new DomainException("place", TextLimits.TooLong("place", place.Trim().Length, TextLimits.Name));
        }
        var engagement = new Engagement(kind, date)
        {
            Place = string.IsNullOrWhiteSpace(place) ? null : place.Trim(),
            Summary = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
            Mode = EngagementMode.InPerson,
            // Entered by people who know the programme, so it needs no review.
            Verification = Verification.Verified,
        };
        var ours = Direction == DelegationDirection.Inbound ? 1 : 0;
        if (Leader is not null)
        {
            var leader = Participant.For(Leader, ours, ours == 1 ? ParticipantRole.Guest : ParticipantRole.Host, date.First);
            leader.LeadsDelegation = true;
            engagement.AddParticipant(leader);
        }
        foreach (var person in with)
        {
            engagement.AddParticipant(Participant.For(person, 1 - ours, ours == 1 ? ParticipantRole.Host : ParticipantRole.Guest, date.First));
        }
        AddToItinerary(engagement);
        return engagement;
    }

    /// <summary>The statuses the delegation may move to next.</summary>
    public IReadOnlyList<EngagementStatus> NextStatuses => Status switch
    {
        EngagementStatus.Planned => [EngagementStatus.Confirmed, EngagementStatus.Held, EngagementStatus.Cancelled],
        EngagementStatus.Confirmed => [EngagementStatus.Held, EngagementStatus.Cancelled],
        _ => [],
    };

    /// <summary>
    /// Moves the delegation along planned → confirmed → held (or cancelled); its programme follows, except
    /// items already held or cancelled on their own: once held, the planned meetings are held engagements.
    /// </summary>
    public void SetStatus(EngagementStatus status)
    {
        if (status == Status)
        {
            return;
        }
        if (!NextStatuses.Contains(status))
        {
            throw new DomainException("status", $"a delegation that is {Codes.Of(Status)} cannot become {Codes.Of(status)}");
        }
        Status = status;
        foreach (var engagement in _itinerary.Where(e => e.Status is EngagementStatus.Planned or EngagementStatus.Confirmed))
        {
            engagement.Status = status;
        }
    }
}

public sealed class DelegationMember
{
    private DelegationMember()
    {
        Person = null!;
    }

    public DelegationMember(Person person)
    {
        Person = person;
        PersonId = person.Id;
    }

    public long Id { get; private set; }
    public long DelegationId { get; private set; }
    public long PersonId { get; private set; }
    public Person Person { get; private set; }
}
