namespace Amity.Extraction;

/// <summary>
/// A narrow view of a registry of people, so that extracted names can be put in their canonical form with
/// the title held on the day. Implemented by the host over its database; <see cref="None"/> knows nobody.
/// </summary>
public interface IPersonDirectory
{
    /// <summary>The person a name (or alias) stands for, with the position they held on <paramref name="onDay"/>; null if unknown.</summary>
    DirectoryPerson? Find(string name, DateOnly? onDay);

    /// <summary>A directory that knows nobody.</summary>
    public static IPersonDirectory None { get; } = new EmptyDirectory();

    private sealed class EmptyDirectory : IPersonDirectory
    {
        public DirectoryPerson? Find(string name, DateOnly? onDay) => null;
    }
}

/// <summary>A person as the registry knows them.</summary>
public sealed record DirectoryPerson(string CanonicalName, IReadOnlyList<string> Aliases, string? Title, string? Organisation, string? Country);
