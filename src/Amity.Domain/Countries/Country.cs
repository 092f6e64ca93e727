namespace Amity.Domain.Countries;

/// <summary>An ISO 3166-1 country with the names and demonyms readouts use for it.</summary>
public sealed record Country(string Code, string Name, string OfficialName, string? Demonym, IReadOnlyList<string> Aliases);
