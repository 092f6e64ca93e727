using Amity.Extraction;
using Amity.Storage.Import;

namespace Amity.Cli;

/// <summary>
/// Readouts named on the command line: files, folders (read whole, in order) or "-" for standard input.
/// HTML is reduced to its article text, which is what the records' offsets then point into; the
/// publication date comes from --published, else a documents.json beside the files, else the page's metadata.
/// </summary>
internal static class ReadoutInputs
{
    public const string StandardInput = "-";

    /// <summary>Lazily, one document at a time, so a large corpus streams through.</summary>
    public static IEnumerable<(DocumentInput Input, ReadoutDocument Document)> Read(IReadOnlyList<string> paths, DateOnly? published)
    {
        foreach (var path in paths)
        {
            if (path != StandardInput && !File.Exists(path) && !Directory.Exists(path))
            {
                throw new ImportException(new InputProblem(path, 0, null, "no such file or folder"));
            }
        }
        foreach (var path in paths.SelectMany(p => p == StandardInput ? [p] : DocumentImporter.Expand([p])))
        {
            var raw = path == StandardInput ? Console.In.ReadToEnd() : TextFiles.ReadUtf8(path);
            var info = path == StandardInput ? null : DocumentImporter.InfoFor(path);
            var html = IsHtml(path, raw);
            var text = html ? HtmlText.ArticleText(raw) : raw;
            var date = published ?? info?.Published ?? (html ? HtmlText.PublishedDate(raw) : null);
            var key = path == StandardInput ? "stdin" : Path.GetFileName(path);
            var input = new DocumentInput(key, path, text, (info ?? new DocumentInfo(null, null, null, null)) with { Published = date });
            yield return (input, new ReadoutDocument(key, text, date));
        }
    }

    private static bool IsHtml(string path, string text) =>
        path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase) ||
        text.AsSpan().TrimStart().StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) ||
        text.AsSpan().TrimStart().StartsWith("<html", StringComparison.OrdinalIgnoreCase);
}
