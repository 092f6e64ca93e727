namespace Amity.Domain;

/// <summary>A recurring dialogue (Track 1, 1.5 or 2) with its partners, cadence and numbered rounds.</summary>
public sealed class DialogueMechanism
{
    private readonly List<MechanismPartner> _partners = [];
    private readonly List<Engagement> _rounds = [];

    private DialogueMechanism()
    {
        Name = "";
    }

    public DialogueMechanism(string name, DialogueTrack track, int? cadenceMonths)
    {
        Name = Require.Text(name, "name");
        Track = track;
        if (cadenceMonths is <= 0)
        {
            throw new DomainException("cadence_months", "cadence must be a positive number of months");
        }
        CadenceMonths = cadenceMonths;
    }

    public long Id { get; private set; }
    public string Name { get; private set; }
    public DialogueTrack Track { get; private set; }
    public int? CadenceMonths { get; private set; }
    public IReadOnlyList<MechanismPartner> Partners => _partners;
    public IReadOnlyList<Engagement> Rounds => _rounds;

    public void AddPartner(Organisation organisation)
    {
        if (_partners.All(p => !ReferenceEquals(p.Organisation, organisation)))
        {
            _partners.Add(new MechanismPartner(organisation));
        }
    }

    /// <summary>Records a round; its number is unique within the mechanism.</summary>
    public void AddRound(Engagement round, int number)
    {
        if (number < 1)
        {
            throw new DomainException("number", "a round number starts at 1");
        }
        if (_rounds.Any(r => r.RoundNumber == number))
        {
            throw new DomainException("number", $"round {number} of '{Name}' is already recorded");
        }
        round.AssignRound(this, number);
        _rounds.Add(round);
    }

    /// <summary>
    /// Records a round as an engagement among the partners: talks between two, an event among more, under the
    /// mechanism's name; held when its date has come, planned when it lies ahead.
    /// </summary>
    public Engagement RecordRound(int number, PartialDate date, PartialDate? endDate, string? place, EngagementMode? mode, DateOnly today)
    {
        var round = new Engagement(_partners.Count > 2 ? EngagementKind.Event : EngagementKind.Talks, date, endDate)
        {
            EventName = Name,
            Place = string.IsNullOrWhiteSpace(place) ? null : place.Trim(),
            Mode = mode,
            Channel = Track == DialogueTrack.Track1 ? Channel.Official : Channel.ThinkTank,
            // Entered by people who keep the mechanism, so it needs no review.
            Verification = Verification.Verified,
            Status = date.First > today ? EngagementStatus.Planned : EngagementStatus.Held,
        };
        for (var side = 0; side < _partners.Count; side++)
        {
            round.AddParticipant(Participant.For(_partners[side].Organisation, side, side == 0 ? ParticipantRole.Host : ParticipantRole.Guest));
        }
        AddRound(round, number);
        return round;
    }

    /// <summary>The number the next round would take: one past the highest recorded.</summary>
    public int NextRoundNumber => _rounds.Count == 0 ? 1 : _rounds.Max(r => r.RoundNumber ?? 0) + 1;

    /// <summary>The soonest round planned from <paramref name="today"/> on, if one is.</summary>
    public Engagement? NextPlannedRound(DateOnly today) =>
        _rounds
            .Where(r => r.Status is EngagementStatus.Planned or EngagementStatus.Confirmed && r.StartsOn is { } d && d >= today)
            .OrderBy(r => r.StartsOn)
            .FirstOrDefault();

    /// <summary>True when <paramref name="eventName"/> names this mechanism ("the third round of the X Dialogue").</summary>
    public bool IsNamedIn(string eventName) => NameKey.Of(eventName).Contains(NameKey.Of(Name), StringComparison.Ordinal);

    /// <summary>The round a report is about: by the number it states, else by its date.</summary>
    public Engagement? RoundFor(string eventName, PartialDate? date)
    {
        if (Ordinals.RoundNumber(eventName) is { } number)
        {
            return _rounds.FirstOrDefault(r => r.RoundNumber == number);
        }
        return date is { } d ? _rounds.FirstOrDefault(r => r.Date is { } rd && (rd.Contains(d.First) || d.Contains(rd.First))) : null;
    }

    public Engagement? LastRound(DateOnly today) =>
        _rounds
            .Where(r => r.Status == EngagementStatus.Held && r.StartsOn is { } d && d <= today)
            .OrderByDescending(r => r.StartsOn)
            .FirstOrDefault();

    /// <summary>When the next round is due: the last held round plus the cadence.</summary>
    public DateOnly? NextRoundDue(DateOnly today) =>
        CadenceMonths is { } months && LastRound(today)?.StartsOn is { } last ? last.AddMonths(months) : null;

    public bool IsOverdue(DateOnly today) => NextRoundDue(today) is { } due && due < today;
}

public sealed class MechanismPartner
{
    private MechanismPartner()
    {
        Organisation = null!;
    }

    public MechanismPartner(Organisation organisation)
    {
        Organisation = organisation;
        OrganisationId = organisation.Id;
    }

    public long Id { get; private set; }
    public long MechanismId { get; private set; }
    public long OrganisationId { get; private set; }
    public Organisation Organisation { get; private set; }
}
