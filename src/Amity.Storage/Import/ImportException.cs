namespace Amity.Storage.Import;

/// <summary>One problem with an input: the file, the line (1-based, 0 when the file as a whole) and the field.</summary>
public sealed record InputProblem(string File, int Line, string? Field, string Message)
{
    public override string ToString() =>
        $"{File}{(Line > 0 ? $":{Line}" : "")}: {(Field is null ? "" : $"field '{Field}': ")}{Message}";
}

/// <summary>An input was rejected; nothing of it was stored.</summary>
public sealed class ImportException(IReadOnlyList<InputProblem> problems)
    : Exception(string.Join(Environment.NewLine, problems))
{
    public IReadOnlyList<InputProblem> Problems { get; } = problems;

    public ImportException(InputProblem problem) : this([problem])
    {
    }
}
