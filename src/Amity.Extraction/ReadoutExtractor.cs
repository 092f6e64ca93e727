using Amity.Domain.Records;
using Amity.Extraction.Engagements;
using Amity.Extraction.Mentions;
using Amity.Extraction.Resolution;
using Amity.Extraction.Text;

namespace Amity.Extraction;

/// <summary>
/// Extracts engagement records (the annotation guide's format) from a readout: articles → sentences →
/// mentions → candidates → resolved → merged. Pure and thread-safe: one instance may serve many threads.
/// </summary>
public sealed class ReadoutExtractor
{
    private readonly ExtractionOptions _options;

    public ReadoutExtractor(ExtractionOptions? options = null)
    {
        _options = options ?? new ExtractionOptions();
    }

    public IReadOnlyList<EngagementRecord> Extract(ReadoutDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text ?? "";
        if (text.Length > _options.MaxDocumentLength)
        {
            text = text[.._options.MaxDocumentLength];
        }
        var candidates = new List<Candidate>();
        foreach (var article in ArticleSplitter.Split(text, document.Published))
        {
            candidates.AddRange(ArticlePipeline.Run(text, article));
        }
        var merged = Merging.MergeWithin(candidates);
        var directory = _options.Directory ?? IPersonDirectory.None;
        return merged
            .Where(c => c.Confidence >= _options.MinConfidence)
            .Select(c => Records.ToRecord(c, document.Name, text, directory))
            .ToList();
    }
}
