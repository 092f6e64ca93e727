using System.Diagnostics;
using System.Text;
using Amity.Testing;

namespace Amity.Tests;

/// <summary>The amity command run as a real process, as a user runs it.</summary>
public class CliTests
{
    private static readonly string Amity = Path.Combine(AppContext.BaseDirectory, "amity.dll");
    private static string Gold => Path.Combine(Paths.Corpus, "dev", "gold.jsonl");

    private sealed record Run(int Exit, string Out, string Error);

    private static async Task<Run> AmityAsync(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Amity);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment.Remove("AMITY_DB");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return new Run(process.ExitCode, await output, await error);
    }

    private static string NewFolder() => Path.GetDirectoryName(Paths.Temp("x"))!;

    [Fact]
    public async Task ImportThenExportShouldReproduceEveryRecordAndASecondImportShouldChangeNothing()
    {
        var dir = NewFolder();
        var first = await AmityAsync(dir, "import", Gold);
        first.Exit.ShouldBe(0, first.Error);
        File.Exists(Path.Combine(dir, "data", "amity.db")).ShouldBeTrue();
        var goldCount = File.ReadLines(Gold).Count(l => l.Trim().Length > 0);
        first.Out.ShouldContain($"{goldCount} added");

        var second = await AmityAsync(dir, "import", Gold);
        second.Out.ShouldContain($"0 added, {goldCount} already there");

        var export = await AmityAsync(dir, "export", "--format", "jsonl");
        export.Exit.ShouldBe(0, export.Error);
        var lines = export.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(goldCount);
        var exported = Path.Combine(dir, "export.jsonl");
        await File.WriteAllTextAsync(exported, export.Out);
        (await AmityAsync(dir, "import", exported)).Out.ShouldContain($"0 added, {goldCount} already there");
    }

    [Fact]
    public async Task DocumentsShouldImportOnceByContent()
    {
        var dir = NewFolder();
        var docs = Path.Combine(Paths.Corpus, "readouts", "docs");
        (await AmityAsync(dir, "import", docs)).Out.ShouldContain("40 stored, 0 already there");
        (await AmityAsync(dir, "import", docs)).Out.ShouldContain("0 stored, 40 already there");
    }

    public static TheoryData<string, byte[], string> BadFiles => new()
    {
        { "bad.jsonl", Encoding.UTF8.GetBytes("{\"kind\": \"meeting\", \"participants\": [{\"name\": \"A\", \"side\": 0, \"role\": \"host\"}], \"sources\": []}\n{\"kind\": \"meeting\",,}\n"), "bad.jsonl:2: " },
        { "country.jsonl", Encoding.UTF8.GetBytes("{\"kind\": \"meeting\", \"participants\": [{\"name\": \"A\", \"country\": \"ZZ\", \"side\": 0, \"role\": \"host\"}], \"sources\": []}\n"), "country.jsonl:1: field 'participants[0].country': unknown country code 'ZZ'" },
        { "dates.jsonl", Encoding.UTF8.GetBytes("{\"kind\": \"visit\", \"date\": \"2024-03-02\", \"end_date\": \"2024-02-27\", \"participants\": [{\"name\": \"A\", \"side\": 0, \"role\": \"guest\"}], \"sources\": []}\n"), "dates.jsonl:1: field 'end_date': end_date 2024-02-27 is before date 2024-03-02" },
        { "latin1.txt", [0x43, 0x61, 0x66, 0xE9, 0x0A], "latin1.txt:1: the file is not UTF-8" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task BadInputShouldExitNonZeroNamingTheProblemAndStoreNothing(string name, byte[] content, string expected)
    {
        var dir = NewFolder();
        (await AmityAsync(dir, "import", Gold)).Exit.ShouldBe(0);
        var before = (await AmityAsync(dir, "export")).Out;
        var path = Path.Combine(dir, name);
        await File.WriteAllBytesAsync(path, content);

        var run = await AmityAsync(dir, "import", path);

        run.Exit.ShouldBe(1);
        run.Error.ShouldContain(expected);
        run.Error.ShouldContain("Nothing was stored.");
        (await AmityAsync(dir, "export")).Out.ShouldBe(before);
    }

    [Fact]
    public async Task AMissingFileShouldBeNamed()
    {
        var dir = NewFolder();
        var run = await AmityAsync(dir, "import", "no-such-file.jsonl");
        run.Exit.ShouldBe(1);
        run.Error.ShouldContain("no-such-file.jsonl: no such file");
        var docs = await AmityAsync(dir, "import", "no-such-folder");
        docs.Exit.ShouldBe(1);
        docs.Error.ShouldContain("no-such-folder: no such file or folder");
    }

    [Fact]
    public async Task TheDemoShouldLoadTheSamplesIntoTheGivenDatabase()
    {
        var dir = NewFolder();
        var db = Path.Combine(dir, "demo.db");
        var run = await AmityAsync(dir, "--db", db, "demo", "--no-serve", "--samples", Paths.Samples);
        run.Exit.ShouldBe(0, run.Error);
        File.Exists(db).ShouldBeTrue();
        var export = await AmityAsync(dir, "--db", db, "export");
        export.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length
            .ShouldBeGreaterThanOrEqualTo(File.ReadLines(Path.Combine(Paths.Samples, "engagements.jsonl")).Count());
    }
}
