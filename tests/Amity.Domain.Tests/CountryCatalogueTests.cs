using Amity.Domain.Countries;

namespace Amity.Domain.Tests;

public class CountryCatalogueTests
{
    private static readonly CountryCatalogue Countries = CountryCatalogue.Instance;

    [Fact]
    public void ShouldHoldEveryIso3166Country()
    {
        Countries.All.Count.ShouldBeGreaterThanOrEqualTo(249);
        Countries.All.Select(c => c.Code).ShouldBeUnique();
        Countries.All.ShouldAllBe(c => c.Code.Length == 2);
    }

    [Theory]
    [InlineData("Cypriot", "CY")]
    [InlineData("Norwegian", "NO")]
    [InlineData("Azerbaijani", "AZ")]
    public void ShouldFindACountryByDemonym(string demonym, string code) => Countries.ByDemonym(demonym)!.Code.ShouldBe(code);

    [Theory]
    [InlineData("Cyprus", "CY")]
    [InlineData("Republic of Cyprus", "CY")]
    [InlineData("Vietnam", "VN")]
    [InlineData("czechia", "CZ")]
    [InlineData("United Kingdom", "GB")]
    [InlineData("Turkey", "TR")]
    [InlineData("Czech Republic", "CZ")]
    public void ShouldFindACountryByAnyOfItsNames(string name, string code) => Countries.ByName(name)!.Code.ShouldBe(code);

    [Fact]
    public void ShouldNotTakeShortWordsForCountries()
    {
        Countries.ByName("in").ShouldBeNull();
        Countries.ByName("to").ShouldBeNull();
    }

    [Fact]
    public void ADemonymSharedWithATerritoryShouldMeanTheSovereignState()
    {
        Countries.ByDemonym("American")!.Code.ShouldBe("US", "not the Northern Mariana Islands");
        Countries.ByCode("MP")!.Independent.ShouldBeFalse();
        Countries.ByDemonym("French")!.Code.ShouldBe("FR");
    }

    [Fact]
    public void CodesShouldBeCaseInsensitive() => Countries.ByCode("cy")!.Name.ShouldBe("Cyprus");
}
