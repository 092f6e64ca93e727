using System.Diagnostics;
using System.Text;
using Amity.Testing;

namespace Amity.Tests;

/// <summary>Runs the amity command as a real process, as a user runs it.</summary>
internal static class CliRunner
{
    private static readonly string Amity = Path.Combine(AppContext.BaseDirectory, "amity.dll");

    public sealed record Run(int Exit, string Out, string Error);

    /// <summary>
    /// The natively compiled extractor, which ./test.sh builds (./amity --build) and names in AMITY_NATIVE_EXTRACT.
    /// Never skipped: without it the tests that need it fail and say so.
    /// </summary>
    public static string NativeExtractor =>
        Environment.GetEnvironmentVariable("AMITY_NATIVE_EXTRACT") is { Length: > 0 } path && File.Exists(path) ? path
        : throw new InvalidOperationException("AMITY_NATIVE_EXTRACT does not name the native extractor: run ./test.sh, which installs clang and builds it.");

    /// <summary>Starts the amity command without waiting for it, to stop it part-way.</summary>
    public static Process Start(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Amity);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment.Remove("AMITY_DB");
        return Process.Start(start)!;
    }

    public static Task<Run> RunAsync(string workingDirectory, string? input, params string[] args) =>
        RunProgramAsync("dotnet", workingDirectory, input, [Amity, .. args]);

    public static async Task<Run> RunProgramAsync(string program, string workingDirectory, string? input, params string[] args)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment.Remove("AMITY_DB");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (input is not null)
        {
            await process.StandardInput.WriteAsync(input);
        }
        process.StandardInput.Close();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return new Run(process.ExitCode, await output, await error);
    }
}

public class CliTests
{
    private static string Gold => Path.Combine(Paths.Corpus, "dev", "gold.jsonl");

    private static Task<CliRunner.Run> AmityAsync(string workingDirectory, params string[] args) =>
        CliRunner.RunAsync(workingDirectory, null, args);

    [Fact]
    public async Task UsersShouldBeAddedListedChangedAndGivenTokensFromTheCommandLine()
    {
        var dir = Paths.TempFolder();
        var added = await AmityAsync(dir, "users", "add", "Noor", "--role", "editor");
        added.Exit.ShouldBe(0, added.Error);
        added.Out.ShouldContain("Added noor (editor).");
        System.Text.RegularExpressions.Regex.IsMatch(added.Out, "Password \\(shown once\\): \\S{20}").ShouldBeTrue(added.Out);
        var again = await AmityAsync(dir, "users", "add", "noor");
        again.Exit.ShouldBe(1);
        again.Error.ShouldContain("there is already an account 'noor'");
        var scripted = await CliRunner.RunAsync(dir, "short\n", "users", "add", "sam", "--password-stdin");
        scripted.Exit.ShouldBe(1);
        scripted.Error.ShouldContain("at least 10 characters");

        (await AmityAsync(dir, "users", "set-role", "noor", "--role", "reviewer")).Out.ShouldContain("noor: reviewer, active.");
        (await AmityAsync(dir, "users", "set-role", "noor", "--role", "chief")).Exit.ShouldBe(1);
        var token = await AmityAsync(dir, "users", "token", "noor", "--name", "nightly import", "--days", "30");
        token.Exit.ShouldBe(0, token.Error);
        token.Out.Trim().ShouldStartWith("amity_");
        (await AmityAsync(dir, "users", "disable", "noor")).Out.ShouldContain("noor: reviewer, disabled.");
        var list = await AmityAsync(dir, "users", "list");
        list.Out.ShouldContain("noor");
        list.Out.ShouldContain("disabled");
        list.Out.ShouldNotContain(token.Out.Trim());
    }

    [Fact]
    public async Task ReadoutsIngestedRestrictedShouldBeLeftOutOfAnExportToShare()
    {
        var dir = Paths.TempFolder();
        // Fictional readouts, written for this test.
        File.WriteAllText(Path.Combine(dir, "open.txt"), "Lisbon, May 4 — Rafaela Montedor, Mayor of Porto Alegre, met with Ilkka Saarnio, Chair of the Baltic Towns Forum, in Lisbon on Monday.");
        File.WriteAllText(Path.Combine(dir, "quiet.txt"), "Lisbon, May 5 — Rafaela Montedor, Mayor of Porto Alegre, met with Oskar Brandvold, Secretary of the Nordic Harbour League, in Lisbon on Tuesday.");
        (await AmityAsync(dir, "ingest", Path.Combine(dir, "open.txt"), "--published", "2026-05-06")).Exit.ShouldBe(0);
        var restricted = await AmityAsync(dir, "ingest", Path.Combine(dir, "quiet.txt"), "--published", "2026-05-06", "--restricted");
        restricted.Exit.ShouldBe(0, restricted.Error);

        var whole = await AmityAsync(dir, "export");
        whole.Out.ShouldContain("Saarnio");
        whole.Out.ShouldContain("Brandvold", Case.Sensitive, "the command line, run by whoever holds the database, sees everything");
        var shared = await AmityAsync(dir, "export", "--without-restricted");
        shared.Exit.ShouldBe(0, shared.Error);
        shared.Out.ShouldContain("Saarnio");
        shared.Out.ShouldNotContain("Brandvold");
        shared.Out.ShouldNotContain("quiet.txt");
    }

    [Fact]
    public async Task ImportThenExportShouldReproduceEveryRecordAndASecondImportShouldChangeNothing()
    {
        var dir = Paths.TempFolder();
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
    public async Task ALoadOnPostgreSqlShouldStoreEveryRecordOnce()
    {
        var dir = Paths.TempFolder();
        await using var database = await TestDatabase.CreateAsync(TestDatabase.Postgres);
        var goldCount = File.ReadLines(Gold).Count(l => l.Trim().Length > 0);
        var first = await AmityAsync(dir, "--db", database.Target.Value, "import", "--load", Gold);
        first.Exit.ShouldBe(0, first.Error);
        first.Out.ShouldContain($"{goldCount} added");
        (await AmityAsync(dir, "--db", database.Target.Value, "import", "--load", Gold)).Out.ShouldContain($"0 added, {goldCount} already there");
        var export = await AmityAsync(dir, "--db", database.Target.Value, "export");
        export.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(goldCount);
    }

    [Fact]
    public async Task DocumentsShouldImportOnceByContent()
    {
        var dir = Paths.TempFolder();
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
        var dir = Paths.TempFolder();
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
        var dir = Paths.TempFolder();
        var run = await AmityAsync(dir, "import", "no-such-file.jsonl");
        run.Exit.ShouldBe(1);
        run.Error.ShouldContain("no-such-file.jsonl: no such file");
        var docs = await AmityAsync(dir, "import", "no-such-folder");
        docs.Exit.ShouldBe(1);
        docs.Error.ShouldContain("no-such-folder: no such file or folder");
    }

    [Fact]
    public async Task BackupAndRestoreShouldRoundTripTheRegistry()
    {
        var dir = Paths.TempFolder();
        (await AmityAsync(dir, "import", Gold)).Exit.ShouldBe(0);
        var before = (await AmityAsync(dir, "export")).Out;
        var backup = await AmityAsync(dir, "backup", "saved/registry.db");
        backup.Exit.ShouldBe(0, backup.Error);
        (await AmityAsync(dir, "import", Path.Combine(Paths.Corpus, "readouts", "gold.jsonl"))).Exit.ShouldBe(0);
        (await AmityAsync(dir, "export")).Out.ShouldNotBe(before);

        var unforced = await AmityAsync(dir, "restore", "saved/registry.db");
        unforced.Exit.ShouldBe(1);
        unforced.Error.ShouldContain("--force");
        var restored = await AmityAsync(dir, "restore", "saved/registry.db", "--force");
        restored.Exit.ShouldBe(0, restored.Error);
        (await AmityAsync(dir, "export")).Out.ShouldBe(before);
        (await AmityAsync(dir, "backup", "saved/registry.db")).Error.ShouldContain("already exists");
    }

    [Fact]
    public async Task TheDemoShouldLoadTheSamplesIntoTheGivenDatabase()
    {
        var dir = Paths.TempFolder();
        var db = Path.Combine(dir, "demo.db");
        var run = await AmityAsync(dir, "--db", db, "demo", "--no-serve", "--samples", Paths.Samples);
        run.Exit.ShouldBe(0, run.Error);
        File.Exists(db).ShouldBeTrue();
        var password = System.Text.RegularExpressions.Regex.Match(run.Out, "Sign in as admin with the password (\\S{20})").Groups[1].Value;
        password.ShouldNotBeEmpty(run.Out);
        var rerun = await AmityAsync(dir, "--db", db, "demo", "--no-serve", "--samples", Paths.Samples);
        rerun.Out.ShouldNotContain(password, Case.Sensitive, "each demo run sets a new password");
        (await AmityAsync(dir, "--db", db, "users", "list")).Out.ShouldContain("administrator");
        var export = await AmityAsync(dir, "--db", db, "export");
        export.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length
            .ShouldBeGreaterThanOrEqualTo(File.ReadLines(Path.Combine(Paths.Samples, "engagements.jsonl")).Count());
    }
}

/// <summary>`amity extract`, `ingest` and `eval` run as real processes on real readouts.</summary>
public class ReadoutCliTests
{
    private static string Readouts => Path.Combine(Paths.Corpus, "readouts", "docs");

    [Fact]
    public async Task ExtractShouldPrintRecordsWhoseSpansLieInTheDocument()
    {
        var dir = Paths.TempFolder();
        var run = await CliRunner.RunAsync(dir, null, "extract", Path.Combine(Readouts, "r01.txt"));
        run.Exit.ShouldBe(0, run.Error);
        var text = await File.ReadAllTextAsync(Path.Combine(Readouts, "r01.txt"));
        var records = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => System.Text.Json.JsonSerializer.Deserialize<Amity.Domain.Records.EngagementRecord>(l, Amity.Domain.Records.EngagementRecord.Json)!)
            .ToList();
        records.ShouldNotBeEmpty();
        foreach (var record in records)
        {
            Amity.Domain.Records.RecordRules.Validate(record).ShouldBeEmpty();
            record.Sources.ShouldAllBe(s => s.Document == "r01.txt" && s.End <= text.Length && s.Start < s.End);
        }
    }

    [Fact]
    public async Task ExtractShouldReadStandardInputAndHtml()
    {
        var dir = Paths.TempFolder();
        const string Readout = "HANOI, May 16 (Meridian News) -- Tran Minh Khoa, President of the Viet Nam Friendship Union, met with Eirik Thorsrud, Director-General of the Norwegian Directorate for Civic Cooperation, in Hanoi on Tuesday.";
        var piped = await CliRunner.RunAsync(dir, Readout, "extract", "-", "--published", "2023-05-17");
        piped.Exit.ShouldBe(0, piped.Error);
        piped.Out.ShouldContain("\"document\":\"stdin\"");

        var html = Path.Combine(dir, "page.html");
        await File.WriteAllTextAsync(html, $"<html><head><title>x</title></head><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article><h1>Meeting</h1><p>{Readout}</p></article><footer>Copyright</footer></body></html>");
        var page = await CliRunner.RunAsync(dir, null, "extract", html, "--published", "2023-05-17", "--format", "table");
        page.Exit.ShouldBe(0, page.Error);
        page.Out.ShouldContain("page.html");
        page.Out.ShouldNotContain("Copyright");
    }

    [Fact]
    public async Task NativeExtractorShouldPrintExactlyWhatTheHostPrints()
    {
        var dir = Paths.TempFolder();
        foreach (var set in new[] { Readouts, Path.Combine(Paths.Corpus, "dev", "docs") })
        {
            var host = await CliRunner.RunAsync(dir, null, "extract", set);
            var native = await CliRunner.RunProgramAsync(CliRunner.NativeExtractor, dir, null, "extract", set);
            host.Exit.ShouldBe(0, host.Error);
            native.Exit.ShouldBe(0, native.Error);
            host.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBeGreaterThan(40);
            native.Out.ShouldBe(host.Out);
        }
        const string Readout = "BERN, March 1 (Alpine Wire) -- Lena Hofer, Secretary of the Swiss Society for Civic Exchange, held talks with Ode Kamau in Bern on Friday.";
        var piped = await CliRunner.RunProgramAsync(CliRunner.NativeExtractor, dir, Readout, "extract", "-", "--published", "2024-03-02");
        piped.Exit.ShouldBe(0, piped.Error);
        piped.Out.ShouldBe((await CliRunner.RunAsync(dir, Readout, "extract", "-", "--published", "2024-03-02")).Out);
        piped.Out.ShouldContain("\"date\":\"2024-03-01\"");
        var missing = await CliRunner.RunProgramAsync(CliRunner.NativeExtractor, dir, null, "extract", Path.Combine(dir, "absent.txt"));
        missing.Exit.ShouldBe(1);
        missing.Error.ShouldContain("absent.txt: no such file or folder");
    }

    [Fact]
    public async Task IngestShouldStoreExtractedRecordsOnce()
    {
        var dir = Paths.TempFolder();
        var first = await CliRunner.RunAsync(dir, null, "ingest", Readouts);
        first.Exit.ShouldBe(0, first.Error);
        first.Out.ShouldContain("documents: 40 stored");
        var second = await CliRunner.RunAsync(dir, null, "ingest", Readouts);
        second.Out.ShouldContain("documents: 0 stored, 40 already there");
        second.Out.ShouldContain("engagements: 0 new or updated");
        var export = await CliRunner.RunAsync(dir, null, "export");
        var lines = export.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.ShouldNotBeEmpty();
        lines.ShouldAllBe(l => l.Contains("\"verification\":\"extracted\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EvalShouldScoreAgainstGoldAndListMissesAndFalseAlarms()
    {
        var dir = Paths.TempFolder();
        var run = await CliRunner.RunAsync(dir, null, "eval", "--gold", Path.Combine(Paths.Corpus, "readouts", "gold.jsonl"), Readouts);
        run.Exit.ShouldBe(0, run.Error);
        run.Out.ShouldContain("gold 141,");
        run.Out.ShouldMatch(@"precision \d\.\d{3}  recall \d\.\d{3}  F1 \d\.\d{3}");
        run.Out.ShouldContain("title accuracy");
        run.Out.ShouldContain("misses (");
        run.Out.ShouldContain("false alarms (");
    }
}
