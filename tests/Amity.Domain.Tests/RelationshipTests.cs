using Amity.Domain;

namespace Amity.Domain.Tests;

public class RelationshipTests
{
    [Fact]
    public void SisterCitiesShouldBothBeCities()
    {
        var lyon = new Organisation("Lyon City Government", OrganisationKind.City, "FR");
        var institute = new Organisation("Institute of Friendship", OrganisationKind.ThinkTank, "CN");
        Should.Throw<DomainException>(() => Relationship.Between(RelationshipKind.SisterCities, lyon, institute, null, null));
        var kunming = new Organisation("Kunming Municipal Government", OrganisationKind.City, "CN");
        Relationship.Between(RelationshipKind.SisterCities, lyon, kunming, new DateOnly(1987, 2, 1), null).Kind.ShouldBe(RelationshipKind.SisterCities);
    }

    [Fact]
    public void DiplomaticRelationsShouldBeBetweenTwoCountries()
    {
        Should.Throw<DomainException>(() => Relationship.DiplomaticRelations("CN", "cn", null, null));
        Should.Throw<DomainException>(() => Relationship.Between(
            RelationshipKind.DiplomaticRelations,
            new Organisation("A", OrganisationKind.Government, "CN"), new Organisation("B", OrganisationKind.Government, "VN"), null, null));
    }

    [Fact]
    public void AnniversariesShouldFollowFromTheStart()
    {
        var relations = Relationship.DiplomaticRelations("CN", "KE", new DateOnly(1963, 12, 14), null);
        relations.NextAnniversary(new DateOnly(2026, 11, 23)).ShouldBe((new DateOnly(2026, 12, 14), 63));
        relations.NextAnniversary(new DateOnly(2026, 12, 15)).ShouldBe((new DateOnly(2027, 12, 14), 64));
    }

    [Fact]
    public void ALeapDayAnniversaryShouldFallOnTheLastDayOfFebruary() =>
        Anniversaries.Next(new DateOnly(2000, 2, 29), new DateOnly(2026, 1, 1)).ShouldBe((new DateOnly(2026, 2, 28), 26));

    [Fact]
    public void AnEndedRelationshipShouldHaveNoAnniversary() =>
        Relationship.DiplomaticRelations("A1", "B1", new DateOnly(1990, 1, 1), new DateOnly(2000, 1, 1)).NextAnniversary(new DateOnly(2026, 1, 1)).ShouldBeNull();
}

public class AnniversariesBetweenTests
{
    [Fact]
    public void EveryRecurrenceInTheRangeShouldBeListedWithItsYears()
    {
        var origin = new DateOnly(1963, 12, 14);
        Anniversaries.Between(origin, new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 31)).ShouldBe([(new DateOnly(2026, 12, 14), 63)]);
        Anniversaries.Between(origin, new DateOnly(2026, 1, 1), new DateOnly(2028, 12, 31)).Select(a => a.Years).ShouldBe([63, 64, 65]);
        Anniversaries.Between(origin, new DateOnly(2026, 12, 15), new DateOnly(2027, 12, 13)).ShouldBeEmpty();
    }

    [Fact]
    public void AnEndedTieShouldHaveNoAnniversaries()
    {
        var ended = Relationship.DiplomaticRelations("CN", "KE", new DateOnly(1963, 12, 14), new DateOnly(1990, 1, 1));
        ended.AnniversariesBetween(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31)).ShouldBeEmpty();
        Relationship.DiplomaticRelations("CN", "VN", new DateOnly(1950, 1, 18), null)
            .AnniversariesBetween(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31)).ShouldBe([(new DateOnly(2026, 1, 18), 76)]);
    }
}
