using System.Diagnostics;
using System.Globalization;
using System.Text;
using Amity.Bench;
using Amity.Domain;
using Amity.Domain.Records;
using Amity.Extraction;
using Amity.Storage;
using Amity.Storage.Import;

// Benchmarks of Amity. Each prints the figures docs/performance.md records, with the command that gives them.
//   dotnet run -c Release --project bench/Amity.Bench -- extract [--mb 50] [--dir FOLDER] [--allocations]
//   dotnet run -c Release --project bench/Amity.Bench -- import [--count 20000] [--db TARGET] [--load]
//   dotnet run -c Release --project bench/Amity.Bench -- generate --mb 100 --out DIR
//   dotnet run -c Release --project bench/Amity.Bench -- pages [--count 100000] [--db FILE] [--rounds 20] [--only TEXT]
//   dotnet run -c Release --project bench/Amity.Bench -- queries [--count 100000] [--db PG-SERVER] [--rounds 50]
//   dotnet run -c Release --project bench/Amity.Bench -- workers --server PG [--mb 1] [--workers 1,2,4] [--batch 50]
var command = args.FirstOrDefault() ?? "help";
string Option(string name, string fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
}

switch (command)
{
    case "extract":
        {
            using var listener = args.Contains("--allocations") ? new AllocationListener() : null;
            Extract(int.Parse(Option("--mb", "50"), CultureInfo.InvariantCulture), Option("--dir", ""));
            listener?.Print(40);
        }
        break;
    case "import":
        await ImportAsync(int.Parse(Option("--count", "20000"), CultureInfo.InvariantCulture), Option("--db", ""), args.Contains("--load"));
        break;
    case "pages":
        return await PageBenchmark.RunAsync(
            int.Parse(Option("--count", "100000"), CultureInfo.InvariantCulture),
            Option("--db", Path.Combine(Path.GetTempPath(), "amity-bench-pages.db")),
            int.Parse(Option("--rounds", "20"), CultureInfo.InvariantCulture),
            args.Contains("--only") ? Option("--only", "") : null);
    case "queries":
        return await QueryBenchmark.RunAsync(
            int.Parse(Option("--count", "100000"), CultureInfo.InvariantCulture),
            Option("--db", ""),
            int.Parse(Option("--rounds", "50"), CultureInfo.InvariantCulture));
    case "workers":
        return await WorkerBenchmark.RunAsync(
            Option("--server", Environment.GetEnvironmentVariable("AMITY_BENCH_PG") ?? ""),
            int.Parse(Option("--mb", "1"), CultureInfo.InvariantCulture),
            Option("--workers", "1,2,4").Split(',').Select(w => int.Parse(w, CultureInfo.InvariantCulture)).ToList(),
            int.Parse(Option("--batch", "50"), CultureInfo.InvariantCulture));
    case "generate":
        Generate(int.Parse(Option("--mb", "100"), CultureInfo.InvariantCulture), Option("--out", "bench-corpus"));
        break;
    default:
        Console.WriteLine("usage: Amity.Bench extract [--mb N] [--dir FOLDER] | import [--count N] [--db TARGET] [--load] | pages [--count N] [--db FILE] [--rounds N] | queries [--count N] [--db PG-SERVER] [--rounds N] | workers --server PG [--mb N] [--workers 1,2,4] | generate --mb N --out DIR");
        break;
}
return 0;

static List<ReadoutDocument> Corpus(int megabytes)
{
    var generator = new ReadoutGenerator(seed: 7);
    var documents = new List<ReadoutDocument>();
    long bytes = 0;
    while (bytes < megabytes * 1_000_000L)
    {
        var (text, published) = generator.Next();
        documents.Add(new ReadoutDocument($"doc{documents.Count:D7}.txt", text, published));
        bytes += Encoding.UTF8.GetByteCount(text);
    }
    return documents;
}

// Real documents from a folder (read, never copied), repeated until the corpus holds the megabytes asked for.
static List<ReadoutDocument> Folder(string folder, int megabytes)
{
    var files = Directory.GetFiles(folder).Where(f => !f.EndsWith(".json", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
    var texts = files.Select(f => (Name: Path.GetFileName(f), Text: File.ReadAllText(f))).ToList();
    var documents = new List<ReadoutDocument>();
    long bytes = 0;
    while (bytes < megabytes * 1_000_000L && texts.Count > 0)
    {
        var (name, text) = texts[documents.Count % texts.Count];
        documents.Add(new ReadoutDocument($"{documents.Count:D7}-{name}", text, new DateOnly(2024, 3, 1)));
        bytes += Encoding.UTF8.GetByteCount(text);
    }
    return documents;
}

// Documents to JSON Lines, on one core and on all cores.
static void Extract(int megabytes, string folder)
{
    var corpus = folder.Length > 0 ? Folder(folder, megabytes) : Corpus(megabytes);
    var mb = corpus.Sum(d => Encoding.UTF8.GetByteCount(d.Text)) / 1_000_000.0;
    var extractor = new ReadoutExtractor();
    // Warm up for a few seconds, so the JIT's optimised code is what gets measured.
    var warmUp = Stopwatch.StartNew();
    for (var i = 0; warmUp.Elapsed < TimeSpan.FromSeconds(3); i = (i + 1) % corpus.Count)
    {
        extractor.Extract(corpus[i]);
    }
    Console.WriteLine($"corpus: {corpus.Count} {(folder.Length > 0 ? "readouts from " + folder : "synthetic readouts")}, {mb:F1} MB");
    foreach (var threads in new[] { 1, Environment.ProcessorCount }.Distinct())
    {
        long records = 0;
        var allocated = GC.GetTotalAllocatedBytes();
        var paused = GC.GetTotalPauseDuration();
        var clock = Stopwatch.StartNew();
        Parallel.ForEach(corpus, new ParallelOptions { MaxDegreeOfParallelism = threads }, () => 0L, (document, _, count) =>
        {
            foreach (var record in extractor.Extract(document))
            {
                count += record.ToJsonLine().Length > 0 ? 1 : 0;
            }
            return count;
        }, count => Interlocked.Add(ref records, count));
        var seconds = clock.Elapsed.TotalSeconds;
        // Allocation per input byte and time paused for collection show how much of the cost is the garbage collector.
        var perByte = (GC.GetTotalAllocatedBytes() - allocated) / (mb * 1_000_000);
        var gc = (GC.GetTotalPauseDuration() - paused).TotalSeconds;
        Console.WriteLine($"{threads} thread(s): {mb / seconds:F1} MB/s, {corpus.Count / seconds:F0} documents/s, {records} records, {seconds:F2} s; {perByte:F0} bytes allocated per byte, {100 * gc / seconds:F0}% paused for GC");
    }
    Console.WriteLine($"peak working set: {Process.GetCurrentProcess().PeakWorkingSet64 / 1_000_000} MB (corpus held in memory)");
}

// Engagements per second through the real importer (validation, matching, one transaction, search index, audit).
// --load measures RecordImporter.LoadAsync (indexes and keys rebuilt at the end on PostgreSQL).
static async Task ImportAsync(int count, string db, bool load)
{
    // A first import of 2,000 into a database of its own compiles what the importer runs (the JIT, EF's queries), so
    // the figure is the rate of a long import, not of start-up.
    await ImportIntoFreshAsync(db, 2_000, seed: 12, load);
    var (target, added, seconds) = await ImportIntoFreshAsync(db, count, seed: 11, load);
    Console.WriteLine($"{target}{(load ? ", bulk load" : "")}: {added} engagements in {seconds:F2} s = {added / seconds:F0} engagements/s");
}

static async Task<(string Target, int Added, double Seconds)> ImportIntoFreshAsync(string db, int count, int seed, bool load)
{
    // Always a fresh database, so every run measures the same work (a re-import would be a no-op).
    var name = $"amity_bench_{Guid.NewGuid():N}"[..24];
    var target = new DatabaseTarget(db.Length == 0
        ? Path.Combine(Path.GetTempPath(), name + ".db")
        : new Npgsql.NpgsqlConnectionStringBuilder(db) { Database = name }.ToString());
    if (target.IsPostgres)
    {
        await ServerCommandAsync(db, $"CREATE DATABASE {name}");
    }
    try
    {
        await target.MigrateAsync();
        var generator = new SyntheticRecords(seed);
        var records = Enumerable.Range(0, count).Select(_ => generator.Next()).ToList();
        await using var context = target.CreateContext();
        var clock = Stopwatch.StartNew();
        var result = load
            ? await RecordImporter.LoadAsync(context, records, Verification.Verified)
            : await RecordImporter.ImportAsync(context, records, Verification.Verified);
        return (target.Describe(), result.Added, clock.Elapsed.TotalSeconds);
    }
    finally
    {
        // Left behind, each would keep the server's autovacuum busy during the next run.
        if (target.IsPostgres)
        {
            Npgsql.NpgsqlConnection.ClearAllPools();
            await ServerCommandAsync(db, $"DROP DATABASE {name}");
        }
        else
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var file in Directory.GetFiles(Path.GetTempPath(), name + ".db*"))
            {
                File.Delete(file);
            }
        }
    }
}

static async Task ServerCommandAsync(string server, string sql)
{
    await using var connection = new Npgsql.NpgsqlConnection(server);
    await connection.OpenAsync();
    await using var command = new Npgsql.NpgsqlCommand(sql, connection);
    await command.ExecuteNonQueryAsync();
}

static void Generate(int megabytes, string folder)
{
    Directory.CreateDirectory(folder);
    var generator = new ReadoutGenerator(seed: 7);
    long bytes = 0;
    var count = 0;
    while (bytes < megabytes * 1_000_000L)
    {
        var (text, _) = generator.Next();
        File.WriteAllText(Path.Combine(folder, $"doc{count++:D7}.txt"), text);
        bytes += Encoding.UTF8.GetByteCount(text);
    }
    Console.WriteLine($"{count} readouts, {bytes / 1_000_000} MB in {folder}");
}
