using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace Amity.Bench;

/// <summary>
/// Samples the runtime's allocation ticks (one per ~100 KB allocated) by type, in process: where the garbage
/// collector's work comes from, without an external profiler.
/// </summary>
internal sealed class AllocationListener : EventListener
{
    private const EventKeywords GcKeyword = (EventKeywords)0x1;
    private readonly ConcurrentDictionary<string, long> _bytes = new(StringComparer.Ordinal);

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(source, EventLevel.Verbose, GcKeyword);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (e.EventName?.StartsWith("GCAllocationTick", StringComparison.Ordinal) == true && e.Payload is { } payload && e.PayloadNames is { } names)
        {
            var type = payload[names.IndexOf("TypeName")] as string ?? "?";
            var amount = Convert.ToInt64(payload[names.IndexOf("AllocationAmount64")], System.Globalization.CultureInfo.InvariantCulture);
            _bytes.AddOrUpdate(type, amount, (_, total) => total + amount);
        }
    }

    public void Print(int top)
    {
        var total = _bytes.Values.Sum();
        foreach (var (type, bytes) in _bytes.OrderByDescending(p => p.Value).Take(top))
        {
            Console.WriteLine($"{100.0 * bytes / total,5:F1}%  {type}");
        }
    }
}
