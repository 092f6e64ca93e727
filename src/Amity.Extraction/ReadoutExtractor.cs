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
        var publisherCountry = Resolution.PublisherCountry.Of(document.Publisher, document.Url);
        foreach (var article in ArticleSplitter.Split(text, document.Published))
        {
            candidates.AddRange(ArticlePipeline.Run(text, article, publisherCountry));
        }
        ArticlePipeline.SameDaySamePlace(candidates);
        var merged = Merging.MergeWithin(candidates);
        SameNameSameCountry(merged);
        CandidateBuilder.SignerCountries(merged);
        merged.RemoveAll(CandidateBuilder.SidesUnknown);
        var directory = _options.Directory ?? IPersonDirectory.None;
        return merged
            .Where(c => c.Confidence >= _options.MinConfidence)
            .Select(c => Records.ToRecord(c, document.Name, text, directory))
            .ToList();
    }

    /// <summary>
    /// A person named the same throughout one document represents one country: a participant whose country is
    /// unknown takes the country the document's other records give that name, when they all agree.
    /// </summary>
    private static void SameNameSameCountry(List<Candidate> candidates)
    {
        var countries = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var c in candidates)
        {
            foreach (var p in c.Participants)
            {
                if (p.Name is { Length: > 3 } name && p.Country is { } country && !p.IsCountry && !p.IsOrganisation && !p.IsGroup && name.Contains(' ', StringComparison.Ordinal))
                {
                    // A name seen with two countries is ambiguous: null marks it so.
                    countries[name] = countries.TryGetValue(name, out var known) && known != country ? null : country;
                }
            }
        }
        foreach (var c in candidates)
        {
            foreach (var p in c.Participants)
            {
                if (p.Country is null && p.Name is { } name && !p.IsCountry && !p.IsOrganisation && countries.GetValueOrDefault(name) is { } country)
                {
                    p.Country = country;
                }
            }
        }
    }
}
