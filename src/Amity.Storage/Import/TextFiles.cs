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
        return DecodeUtf8(File.ReadAllBytes(path), path);
    }

    /// <summary>Bytes from anywhere (an upload, a pipe) as text; <paramref name="name"/> names them in the error.</summary>
    public static string DecodeUtf8(ReadOnlySpan<byte> bytes, string name)
    {
        try
        {
            var text = Strict.GetString(bytes);
            return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        }
        catch (DecoderFallbackException e)
        {
            var offset = e.Index >= 0 ? e.Index : 0;
            var line = 1 + bytes[..Math.Min(offset, bytes.Length)].Count((byte)'\n');
            throw new ImportException(new InputProblem(name, line, null, $"the file is not UTF-8 (invalid byte at offset {offset})"));
        }
    }
}
