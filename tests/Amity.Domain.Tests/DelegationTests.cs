using Amity.Domain;

namespace Amity.Domain.Tests;

public class DelegationTests
{
    [Fact]
    public void MarkingADelegationHeldShouldMarkItsProgrammeHeld()
    {
        var delegation = new Delegation("Kenyan parliamentary delegation", DelegationDirection.Inbound, "KE", new DateOnly(2026, 12, 8), new DateOnly(2026, 12, 12));
        var meeting = new Engagement(EngagementKind.Meeting, new PartialDate(2026, 12, 9));
        delegation.AddToItinerary(meeting);
        meeting.Status.ShouldBe(EngagementStatus.Planned);

        delegation.SetStatus(EngagementStatus.Held);

        meeting.Status.ShouldBe(EngagementStatus.Held);
        Should.Throw<DomainException>(() => delegation.SetStatus(EngagementStatus.Planned));
    }

    [Fact]
    public void RestrictingADelegationShouldRestrictItsProgrammeAndWhatIsAddedToIt()
    {
        var delegation = new Delegation("Quiet visit", DelegationDirection.Outbound, "NO", new DateOnly(2027, 2, 8), new DateOnly(2027, 2, 12));
        var first = delegation.PlanItem(EngagementKind.Meeting, new PartialDate(2027, 2, 9), null, null, [new Person("Sigrun Hallvik", "NO")]);

        delegation.Restrict(true);
        var second = delegation.PlanItem(EngagementKind.Meeting, new PartialDate(2027, 2, 10), null, null, [new Person("Eirik Brand", "NO")]);

        new[] { first, second }.ShouldAllBe(e => e.Restricted && e.Participants.All(p => p.Restricted));
        delegation.Restrict(false);
        new[] { first, second }.ShouldAllBe(e => !e.Restricted && e.Participants.All(p => !p.Restricted));
    }

    [Fact]
    public void TheItineraryShouldFallWithinTheDelegationsDates()
    {
        var delegation = new Delegation("Outbound to Lyon", DelegationDirection.Outbound, "FR", new DateOnly(2027, 2, 8), new DateOnly(2027, 2, 12));
        Should.Throw<DomainException>(() => delegation.AddToItinerary(new Engagement(EngagementKind.Meeting, new PartialDate(2027, 3, 1))))
            .Field.ShouldBe("itinerary");
    }

    [Fact]
    public void ADelegationShouldNotEndBeforeItStarts() =>
        Should.Throw<DomainException>(() => new Delegation("X", DelegationDirection.Inbound, "KE", new DateOnly(2026, 12, 8), new DateOnly(2026, 12, 1)));

    [Fact]
    public void AnOrganisationShouldNotBeItsOwnAncestor()
    {
        var party = new Organisation("Harmony Party", OrganisationKind.Party, "CN");
        var department = new Organisation("International Liaison Department", OrganisationKind.Party, "CN");
        department.SetParent(party);
        Should.Throw<DomainException>(() => party.SetParent(department)).Field.ShouldBe("parent");
    }
}

public class DelegationProgrammeTests
{
    private static readonly Organisation Ministry = new("Ministry of Friendship", OrganisationKind.Government, "KE");

    private static (Delegation Delegation, Person Leader, Person Host) Kenyan()
    {
        var delegation = new Delegation("Kenyan parliamentary delegation", DelegationDirection.Inbound, "KE", new DateOnly(2026, 12, 7), new DateOnly(2026, 12, 11));
        var leader = new Person("Njeri Mutua", "KE");
        leader.AddPosition(Ministry, "Chair", new DateOnly(2020, 1, 1), null);
        var host = new Person("Wen Lisheng", "CN");
        host.AddPosition(null, "Vice Minister", new DateOnly(2019, 3, 1), new DateOnly(2026, 12, 8));
        host.AddPosition(null, "Minister", new DateOnly(2026, 12, 9), null);
        delegation.SetLeader(leader);
        return (delegation, leader, host);
    }

    [Fact]
    public void APlannedItemShouldSeatTheLeaderAsGuestAndThePeopleMetAsHostsWithThatDaysTitles()
    {
        var (delegation, leader, host) = Kenyan();

        var meeting = delegation.PlanItem(EngagementKind.Meeting, new PartialDate(2026, 12, 9), " Beijing ", "courtesy call", [host]);

        meeting.Status.ShouldBe(EngagementStatus.Planned);
        meeting.Place.ShouldBe("Beijing");
        meeting.Verification.ShouldBe(Verification.Verified);
        var guest = meeting.Participants.Single(p => p.Person == leader);
        (guest.Side, guest.Role, guest.LeadsDelegation, guest.Title, guest.OrganisationName).ShouldBe((1, ParticipantRole.Guest, true, "Chair", "Ministry of Friendship"));
        var met = meeting.Participants.Single(p => p.Person == host);
        (met.Side, met.Role, met.Title).ShouldBe((0, ParticipantRole.Host, "Minister"));
        delegation.Itinerary.ShouldBe([meeting]);
    }

    [Fact]
    public void AnOutboundDelegationShouldBeOurSide()
    {
        var delegation = new Delegation("To Lyon", DelegationDirection.Outbound, "FR", new DateOnly(2027, 2, 8), new DateOnly(2027, 2, 11));
        delegation.SetLeader(new Person("Pan Yuting", "CN"));
        var meeting = delegation.PlanItem(EngagementKind.Meeting, new PartialDate(2027, 2, 10), null, null, [new Person("Bastien Courval", "FR")]);
        meeting.Participants.Single(p => p.LeadsDelegation).Side.ShouldBe(0);
        meeting.Participants.Single(p => !p.LeadsDelegation).Role.ShouldBe(ParticipantRole.Guest);
    }

    [Fact]
    public void HoldingTheDelegationShouldHoldItsPlannedItemsButLeaveCancelledOnesCancelled()
    {
        var (delegation, _, host) = Kenyan();
        var talks = delegation.PlanItem(EngagementKind.Talks, new PartialDate(2026, 12, 8), "Beijing", null, [host]);
        var visit = delegation.PlanItem(EngagementKind.Visit, new PartialDate(2026, 12, 10), "Chengdu", null, []);
        delegation.SetStatus(EngagementStatus.Confirmed);
        talks.Status.ShouldBe(EngagementStatus.Confirmed);
        visit.Status = EngagementStatus.Cancelled;

        delegation.SetStatus(EngagementStatus.Held);

        talks.Status.ShouldBe(EngagementStatus.Held);
        visit.Status.ShouldBe(EngagementStatus.Cancelled);
        delegation.NextStatuses.ShouldBeEmpty();
        Should.Throw<DomainException>(() => delegation.PlanItem(EngagementKind.Meeting, new PartialDate(2026, 12, 9), null, null, [])).Field.ShouldBe("itinerary");
    }

    [Fact]
    public void StatusShouldOnlyMoveForward()
    {
        var (delegation, _, _) = Kenyan();
        delegation.NextStatuses.ShouldBe([EngagementStatus.Confirmed, EngagementStatus.Held, EngagementStatus.Cancelled]);
        delegation.SetStatus(EngagementStatus.Confirmed);
        Should.Throw<DomainException>(() => delegation.SetStatus(EngagementStatus.Planned)).Field.ShouldBe("status");
        delegation.SetStatus(EngagementStatus.Cancelled);
        Should.Throw<DomainException>(() => delegation.SetStatus(EngagementStatus.Held)).Field.ShouldBe("status");
    }
}
