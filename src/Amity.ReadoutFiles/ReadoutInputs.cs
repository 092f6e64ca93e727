using System.Collections.Concurrent;
using System.Text.Json;
using Amity.Extraction;
using Amity.Storage.Import;

namespace Amity.ReadoutFiles;

/// <summary>
/// Readouts named on the command line: files, folders (read whole, in order) or "-" for standard input.
/// HTML is reduced to its article text, which is what the records' offsets then point into; the
/// publication date comes from --published, else a documents.json beside the files, else the page's metadata.
/// </summary>
public sealed class ReadoutInputs
{
    public const string StandardInput = "-";

    private readonly DateOnly? _published;

    // Each folder's documents.json is parsed once, however many files it describes.
    private readonly ConcurrentDictionary<string, Lazy<JsonElement>> _catalogues = new(StringComparer.Ordinal);

    private ReadoutInputs(DateOnly? published) => _published = published;

    /// <summary>Lazily, one document at a time, so a large corpus streams through.</summary>
    public static IEnumerable<(DocumentInput Input, ReadoutDocument Document)> Read(IReadOnlyList<string> paths, DateOnly? published)
    {
        var (files, inputs) = Open(paths, published);
        return files.Select(inputs.ReadOne);
    }

    /// <summary>The files the paths name, in order, and a reader for them that is safe to call from many threads.</summary>
    public static (IReadOnlyList<string> Files, ReadoutInputs Reader) Open(IReadOnlyList<string> paths, DateOnly? published)
    {
        foreach (var path in paths)
        {
            if (path != StandardInput && !File.Exists(path) && !Directory.Exists(path))
            {
                throw new ImportException(new InputProblem(path, 0, null, "no such file or folder"));
            }
        }
        return ([.. paths.SelectMany(p => p == StandardInput ? [p] : DocumentImporter.Expand([p]))], new ReadoutInputs(published));
    }

    public (DocumentInput Input, ReadoutDocument Document) ReadOne(string path)
    {
        var raw = path == StandardInput ? Console.In.ReadToEnd() : TextFiles.ReadUtf8(path);
        var info = path == StandardInput ? null : DocumentImporter.InfoFor(path, _catalogues);
        var key = path == StandardInput ? "stdin" : Path.GetFileName(path);
        return Prepare(key, path, raw, info, _published);
    }

    /// <summary>
    /// A readout ready to store and extract: HTML reduced to its article text (the text the records' offsets
    /// point into); the publication date from <paramref name="published"/>, else <paramref name="info"/>, else the page's metadata.
    /// </summary>
    public static (DocumentInput Input, ReadoutDocument Document) Prepare(string key, string path, string raw, DocumentInfo? info, DateOnly? published)
    {
        var html = IsHtml(key, raw);
        var text = html ? HtmlText.ArticleText(raw) : raw;
        var date = published ?? info?.Published ?? (html ? HtmlText.PublishedDate(raw) : null);
        var input = new DocumentInput(key, path, text, (info ?? new DocumentInfo(null, null, null, null)) with { Published = date });
        return (input, new ReadoutDocument(key, text, date, info?.Publisher, info?.Url));
    }

    private static bool IsHtml(string name, string text) =>
        name.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".htm", StringComparison.OrdinalIgnoreCase) ||
        text.AsSpan().TrimStart().StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) ||
        text.AsSpan().TrimStart().StartsWith("<html", StringComparison.OrdinalIgnoreCase);
}
