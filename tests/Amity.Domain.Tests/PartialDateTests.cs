using Amity.Domain;

namespace Amity.Domain.Tests;

public class PartialDateTests
{
    [Theory]
    [InlineData("2024-02-27", DatePrecision.Day, "2024-02-27", "2024-02-27")]
    [InlineData("2024-02", DatePrecision.Month, "2024-02-01", "2024-02-29")]
    [InlineData("2023", DatePrecision.Year, "2023-01-01", "2023-12-31")]
    public void ShouldParseEachPrecision(string text, DatePrecision precision, string first, string last)
    {
        PartialDate.TryParse(text, out var date).ShouldBeTrue();
        date.Precision.ShouldBe(precision);
        date.First.ShouldBe(DateOnly.Parse(first, System.Globalization.CultureInfo.InvariantCulture));
        date.Last.ShouldBe(DateOnly.Parse(last, System.Globalization.CultureInfo.InvariantCulture));
        date.ToString().ShouldBe(text);
    }

    [Theory]
    [InlineData("2023-02-30")]
    [InlineData("2023-13")]
    [InlineData("24-02-01")]
    [InlineData("2024/02/01")]
    [InlineData("February 2024")]
    [InlineData("")]
    public void ShouldRejectWhatIsNotADate(string text) => PartialDate.TryParse(text, out _).ShouldBeFalse();

    [Fact]
    public void ParseShouldNameTheField() =>
        Should.Throw<DomainException>(() => PartialDate.Parse("2024-99", "date")).Field.ShouldBe("date");

    [Fact]
    public void AtShouldKeepOnlyTheKnownPart() =>
        PartialDate.At(new DateOnly(2024, 2, 1), DatePrecision.Month).ToString().ShouldBe("2024-02");
}
