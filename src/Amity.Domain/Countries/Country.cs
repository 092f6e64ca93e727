namespace Amity.Domain.Countries;

/// <summary>An ISO 3166-1 country with the names and demonyms readouts use for it.</summary>
/// <param name="Independent">A sovereign state, not a territory of another ("American" is the United States, not the Northern Mariana Islands).</param>
public sealed record Country(string Code, string Name, string OfficialName, string? Demonym, IReadOnlyList<string> Aliases, bool Independent = true);
