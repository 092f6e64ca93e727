namespace Amity.Domain;

internal static class Require
{
    public static string Text(string? value, string field) =>
        string.IsNullOrWhiteSpace(value) ? throw new DomainException(field, $"{field} is required") : value.Trim();

    public static void Order(DateOnly? from, DateOnly? to, string field)
    {
        if (from is not null && to is not null && to < from)
        {
            throw new DomainException(field, $"{field} {to:yyyy-MM-dd} is before the start {from:yyyy-MM-dd}");
        }
    }
}
