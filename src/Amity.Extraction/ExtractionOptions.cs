namespace Amity.Extraction;

/// <summary>Settings of a <see cref="ReadoutExtractor"/>.</summary>
public sealed record ExtractionOptions
{
    /// <summary>Resolves names to the registry's people; the engine runs without one.</summary>
    public IPersonDirectory? Directory { get; init; }

    /// <summary>Records below this confidence are dropped.</summary>
    public double MinConfidence { get; init; }

    /// <summary>Documents longer than this many characters are cut (the cut is at a line break).</summary>
    public int MaxDocumentLength { get; init; } = 64 * 1024 * 1024;
}
