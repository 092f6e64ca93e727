namespace Amity.Domain;

/// <summary>A rule of the domain was broken; <see cref="Field"/> names what was wrong.</summary>
public sealed class DomainException(string field, string message) : Exception(message)
{
    public string Field { get; } = field;
}
