using System.Text;

namespace Amity.Storage.Import;

/// <summary>Reads input files strictly: a missing file or bytes that are not UTF-8 are errors, never guessed at.</summary>
public static class TextFiles
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string ReadUtf8(string path)
    {
        if (!File.Exists(path))
        {
            throw new ImportException(new InputProblem(path, 0, null, "no such file"));
        }
        var bytes = File.ReadAllBytes(path);
        try
        {
            var text = Strict.GetString(bytes);
            return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        }
        catch (DecoderFallbackException e)
        {
            var offset = e.Index >= 0 ? e.Index : 0;
            var line = 1 + bytes.AsSpan(0, Math.Min(offset, bytes.Length)).Count((byte)'\n');
            throw new ImportException(new InputProblem(path, line, null, $"the file is not UTF-8 (invalid byte at offset {offset})"));
        }
    }
}
