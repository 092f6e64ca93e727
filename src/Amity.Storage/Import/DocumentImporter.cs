using System.Collections.Concurrent;
using System.Text.Json;
using Amity.Domain;
using Amity.Storage.Search;
using Microsoft.EntityFrameworkCore;

namespace Amity.Storage.Import;

/// <summary>A document's publication facts, from a documents.json beside the files (the corpus format).</summary>
public sealed record DocumentInfo(string? Title, string? Publisher, string? Url, DateOnly? Published);

/// <summary>A document to store: the name sources cite it by, where it came from, its text and facts.</summary>
/// <param name="Restricted">Store it restricted (a document already stored becomes so); never lifts a restriction.</param>
public sealed record DocumentInput(string Key, string Path, string Text, DocumentInfo? Info, bool Restricted = false);

/// <summary>
/// Stores text documents as sources. Documents are keyed by file name and content-hashed: importing
/// the same file again changes nothing, and a document that records already cite receives its text.
/// </summary>
public static class DocumentImporter
{
    /// <summary>The text files named, folders expanded (documents.json and dot files left out), in a stable order.</summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => !Path.GetFileName(f).StartsWith('.') && Path.GetFileName(f) != "documents.json")
                    .Order(StringComparer.Ordinal));
            }
            else
            {
                files.Add(path);
            }
        }
        return files;
    }

    /// <summary>
    /// Reads the documents.json that describes <paramref name="file"/>: beside it, or one folder up as in
    /// the corpus layout (docs/ next to documents.json).
    /// </summary>
    /// <param name="catalogues">Catalogues already parsed, by path: a folder of many files reads its documents.json once.</param>
    public static DocumentInfo? InfoFor(string file, ConcurrentDictionary<string, Lazy<JsonElement>>? catalogues = null)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(file))!;
        var catalogue = new[] { dir, Path.GetDirectoryName(dir) }
            .Where(d => d is not null)
            .Select(d => Path.Combine(d!, "documents.json"))
            .FirstOrDefault(File.Exists);
        if (catalogue is null)
        {
            return null;
        }
        try
        {
            var root = catalogues is null ? Parse(catalogue) : catalogues.GetOrAdd(catalogue, c => new Lazy<JsonElement>(() => Parse(c))).Value;
            if (!root.TryGetProperty(Path.GetFileName(file), out var entry) || entry.ValueKind != JsonValueKind.Object)
            {
                return null;
            }
            string? Text(string name) => entry.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            DateOnly? published = null;
            if (Text("published") is { } p)
            {
                published = PartialDate.TryParse(p, out var date)
                    ? date.First
                    : throw new ImportException(new InputProblem(catalogue, 0, $"{Path.GetFileName(file)}.published", $"'{p}' is not a date"));
            }
            return new DocumentInfo(Text("title"), Text("source") ?? Text("publisher"), Text("url"), published);
        }
        catch (JsonException e)
        {
            throw new ImportException(new InputProblem(catalogue, (int)(e.LineNumber ?? 0) + 1, null, $"malformed JSON: {e.Message}"));
        }
    }

    private static JsonElement Parse(string catalogue)
    {
        using var json = JsonDocument.Parse(TextFiles.ReadUtf8(catalogue));
        return json.RootElement.Clone();
    }

    public static async Task<ImportResult> ImportAsync(AmityDb db, IEnumerable<string> paths, CancellationToken cancellationToken = default)
    {
        // Read and check every file first, so one bad file stores nothing.
        var catalogues = new ConcurrentDictionary<string, Lazy<JsonElement>>(StringComparer.Ordinal);
        return await StoreAsync(db, Expand(paths).Select(f => new DocumentInput(Path.GetFileName(f), f, TextFiles.ReadUtf8(f), InfoFor(f, catalogues))).ToList(), cancellationToken);
    }

    /// <summary>Stores documents already read, in one transaction; the same text under the same name is a no-op.</summary>
    public static async Task<ImportResult> StoreAsync(AmityDb db, IReadOnlyList<DocumentInput> files, CancellationToken cancellationToken = default)
    {
        var duplicate = files.GroupBy(f => f.Key).FirstOrDefault(g => g.Select(f => Document.HashOf(f.Text)).Distinct().Count() > 1);
        if (duplicate is not null)
        {
            throw new ImportException(new InputProblem(duplicate.Last().Path, 0, null, $"another file named '{duplicate.Key}' with different text is in the same import"));
        }
        // Matched against every stored document, restricted or not, so none is stored twice.
        using var everything = db.SeeingEverything();
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.OwnTransactionAsync(cancellationToken);
            var keys = files.Select(f => f.Key).Distinct().ToList();
            var stored = await db.Documents.Where(d => EF.Parameter(keys).Contains(d.Key)).ToDictionaryAsync(d => d.Key, cancellationToken);
            int added = 0, unchanged = 0;
            var filled = new List<long>();
            var restrictedLater = new List<long>();
            foreach (var (key, path, text, info, restricted) in files.DistinctBy(f => f.Key))
            {
                if (stored.TryGetValue(key, out var document))
                {
                    if (document.ContentHash == Document.HashOf(text))
                    {
                        if (restricted && !document.Restricted)
                        {
                            document.Restricted = true;
                            restrictedLater.Add(document.Id);
                        }
                        unchanged++;
                        continue;
                    }
                    if (document.HasText)
                    {
                        throw new ImportException(new InputProblem(path, 0, null, $"a different document named '{key}' is already stored"));
                    }
                    document.SetText(text);
                    filled.Add(document.Id);
                }
                else
                {
                    document = new Document(key, text);
                    db.Documents.Add(document);
                }
                if (info is not null)
                {
                    document.Title ??= info.Title;
                    document.Publisher ??= info.Publisher;
                    document.Url ??= info.Url;
                    document.Published ??= info.Published;
                }
                document.Title ??= FirstLine(text);
                document.Restricted |= restricted;
                added++;
            }
            db.ChangeNote ??= $"import of {files.Count} documents";
            await db.SaveChangesAsync(cancellationToken);
            foreach (var id in restrictedLater)
            {
                await Restrictions.SetDocumentAsync(db, id, true, cancellationToken);
            }
            if (filled.Count > 0)
            {
                var citing = await db.Sources.Where(s => EF.Parameter(filled).Contains(s.DocumentId)).Select(s => s.EngagementId).Distinct().ToListAsync(cancellationToken);
                await FullTextSearch.RefreshAsync(db, citing, cancellationToken);
            }
            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken);
            }
            return new ImportResult(0, unchanged, added);
        });
    }

    private static string? FirstLine(string text)
    {
        var line = text.AsSpan().TrimStart();
        var end = line.IndexOfAny('\r', '\n');
        var first = (end >= 0 ? line[..end] : line).Trim().ToString();
        return first.Length is > 0 and <= 200 ? first : null;
    }
}
