using System.Text.Json;
using Amity.Domain.Records;
using Amity.Extraction;

namespace Amity.Extraction.Tests;

/// <summary>Reads a corpus of shared/corpus (docs/, documents.json, gold.jsonl) at test time; nothing is copied into the repo.</summary>
internal sealed record Corpus(string Name, IReadOnlyList<ReadoutDocument> Documents, IReadOnlyList<EngagementRecord> Gold)
{
    /// <summary>The folder holding Amity.slnx, found by walking up from the test binaries.</summary>
    public static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Amity.slnx")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("Amity.slnx not found above " + AppContext.BaseDirectory);
    }

    public static string? SharedCorpus(string name)
    {
        var path = Path.GetFullPath(Path.Combine(RepoRoot(), "..", "shared", "corpus", name));
        return Directory.Exists(path) ? path : null;
    }

    public static Corpus Load(string folder, string goldFile = "gold.jsonl", string docsFolder = "docs")
    {
        var documents = new List<ReadoutDocument>();
        using var meta = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, docsFolder == "docs" ? "documents.json" : Path.Combine(docsFolder, "documents.json"))));
        foreach (var entry in meta.RootElement.EnumerateObject().OrderBy(e => e.Name, StringComparer.Ordinal))
        {
            DateOnly? published = entry.Value.TryGetProperty("published", out var p) && p.ValueKind == JsonValueKind.String
                ? DateOnly.Parse(p.GetString()!, System.Globalization.CultureInfo.InvariantCulture)
                : null;
            var text = File.ReadAllText(Path.Combine(folder, docsFolder, entry.Name));
            // As `amity extract` reads documents.json: the publisher from "source", and the address.
            string? Text(string name) => entry.Value.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            documents.Add(new ReadoutDocument(entry.Name, text, published, Text("source") ?? Text("publisher"), Text("url")));
        }
        var gold = File.ReadLines(Path.Combine(folder, goldFile))
            .Where(l => !string.IsNullOrWhiteSpace(l))
            .Select(l => JsonSerializer.Deserialize<EngagementRecord>(l, EngagementRecord.Json)!)
            .ToList();
        return new Corpus(Path.GetFileName(folder), documents, gold);
    }

    public EvalReport Score(ReadoutExtractor extractor)
    {
        var predicted = Documents.SelectMany(extractor.Extract).ToList();
        return Evaluation.Score(Gold, predicted);
    }
}
