namespace Amity.Domain;

/// <summary>A rule of the domain was broken; <see cref="Field"/> names what was wrong.</summary>
public sealed class DomainException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}

/// <summary>A save refused because someone else saved the record since it was read (optimistic concurrency).</summary>
public sealed class ConcurrencyConflictException(string message) : Exception(message);
