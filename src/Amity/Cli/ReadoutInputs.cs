using System.Collections.Concurrent;
using System.Text.Json;
using Amity.Extraction;
using Amity.Features.Readouts;
using Amity.Storage.Import;

namespace Amity.Cli;

/// <summary>
/// Readouts named on the command line: files, folders (read whole, in order) or "-" for standard input.
/// HTML is reduced to its article text, which is what the records' offsets then point into; the
/// publication date comes from --published, else a documents.json beside the files, else the page's metadata.
/// </summary>
internal sealed class ReadoutInputs
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
        return Readouts.Prepare(key, path, raw, info, _published);
    }

}
