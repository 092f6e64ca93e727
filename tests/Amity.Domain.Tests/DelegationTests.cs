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
