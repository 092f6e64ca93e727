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
        if (engagement.Date is { } date && Start is { } start && End is { } end && (date.Last < start || date.First > end))
        {
            throw new DomainException("itinerary", $"{date} is outside the delegation's dates {start:yyyy-MM-dd}..{end:yyyy-MM-dd}");
        }
        engagement.AssignDelegation(this);
        engagement.Status = Status;
        _itinerary.Add(engagement);
    }

    /// <summary>Moves the delegation along planned → confirmed → held (or cancelled); its programme follows.</summary>
    public void SetStatus(EngagementStatus status)
    {
        if (Status is EngagementStatus.Held or EngagementStatus.Cancelled && status != Status)
        {
            throw new DomainException("status", $"a delegation that is {Codes.Of(Status)} cannot become {Codes.Of(status)}");
        }
        Status = status;
        foreach (var engagement in _itinerary)
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
