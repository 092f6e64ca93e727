namespace Amity.Domain;

internal static class Require
{
    public static string Text(string? value, string field, int limit = TextLimits.Name)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new DomainException(field, $"{field} is required");
        }
        var text = value.Trim();
        return text.Length <= limit ? text : throw new DomainException(field, TextLimits.TooLong(field, text.Length, limit));
    }

    public static void Order(DateOnly? from, DateOnly? to, string field)
    {
        if (from is not null && to is not null && to < from)
        {
            throw new DomainException(field, $"{field} {to:yyyy-MM-dd} is before the start {from:yyyy-MM-dd}");
        }
    }
}
