namespace Amity.Domain.Tests;

public sealed class NameKeyTests
{
    [Theory]
    [InlineData("Stéphanou,", "stephanou")]
    [InlineData("Brasília", "brasilia")]
    [InlineData("Nguyễn Phú Trọng", "nguyen phu trong")]
    [InlineData("Søren Ørsted", "soren orsted")]
    [InlineData("Đỗ Văn Chiến", "do van chien")]
    [InlineData("Lech Wałęsa", "lech walesa")]
    [InlineData("People's  Party", "peoples party")]
    public void Keys_drop_case_accents_and_punctuation(string name, string key) =>
        NameKey.Of(name).ShouldBe(key);

    [Fact]
    public void Accents_leave_plain_text_as_it_is()
    {
        const string plain = "Plain ASCII text, 2024";
        Accents.Strip(plain).ShouldBeSameAs(plain);
        Accents.Strip("Zürich – Genève").ShouldBe("Zurich – Geneve");
    }
}
