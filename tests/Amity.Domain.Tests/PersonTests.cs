using Amity.Domain;

namespace Amity.Domain.Tests;

public class PersonTests
{
    private static readonly Organisation Department = new("International Liaison Department", OrganisationKind.Party, "CN");

    [Fact]
    public void ShouldLookUpTheTitleHeldOnTheEngagementsDate()
    {
        var person = new Person("Wen Lisheng", "CN");
        person.AddPosition(Department, "Vice Minister", new DateOnly(2019, 3, 1), new DateOnly(2024, 1, 14));
        person.AddPosition(Department, "Minister", new DateOnly(2024, 1, 15), null);

        person.PositionOn(new DateOnly(2023, 6, 2))!.Title.ShouldBe("Vice Minister");
        person.PositionOn(new DateOnly(2024, 1, 15))!.Title.ShouldBe("Minister");
        person.PositionOn(new DateOnly(2026, 11, 23))!.Title.ShouldBe("Minister");
        person.PositionOn(new DateOnly(2018, 1, 1)).ShouldBeNull();
    }

    [Fact]
    public void ShouldPreferTheLatestOfOverlappingPositions()
    {
        var person = new Person("Ana Ruiz", "PE");
        person.AddPosition(null, "Member of Congress", new DateOnly(2016, 7, 28), null);
        person.AddPosition(null, "President of the Foreign Affairs Committee", new DateOnly(2021, 8, 1), new DateOnly(2022, 7, 31));

        person.PositionOn(new DateOnly(2022, 1, 1))!.Title.ShouldBe("President of the Foreign Affairs Committee");
        person.PositionOn(new DateOnly(2023, 1, 1))!.Title.ShouldBe("Member of Congress");
    }

    [Fact]
    public void APositionShouldNotEndBeforeItStarts() =>
        Should.Throw<DomainException>(() => new Person("X Y", null).AddPosition(null, "Chair", new DateOnly(2020, 1, 2), new DateOnly(2020, 1, 1)))
            .Field.ShouldBe("to");

    [Fact]
    public void AliasesShouldNotRepeatTheNameInAnotherSpelling()
    {
        var person = new Person("Stephanos Stephanou", "CY");
        person.AddAlias("Stefanos Stefanou");
        person.AddAlias("stephanos STEPHANOU");
        person.AddAlias("Stefanos  Stefanou");
        person.Names.ShouldBe(["Stephanos Stephanou", "Stefanos Stefanou"]);
    }
}
