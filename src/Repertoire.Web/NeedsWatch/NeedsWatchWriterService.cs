using System.Diagnostics;
using Microsoft.Extensions.Options;
using Repertoire.Core.NeedsWatch;
using Repertoire.Core.Records;

namespace Repertoire.Web.NeedsWatch;

/// <summary>
/// Empties the recorder's queue into the store in batches, one transaction each, normalising query texts on the
/// way (off the request path); once a day folds the events past the retention into monthly counts. A failing
/// store costs the batch (dropped and counted) and a pause, never a search. A batch gathers the searches of
/// <see cref="NeedsWatchOptions.FlushInterval"/> from its first one: the store writes identical searches of an hour as
/// one row, so the longer the gathering, the fewer rows a search costs (docs/benchmarks.md, "Needs watch").
/// </summary>
internal sealed class NeedsWatchWriterService(
    SearchRecorder recorder,
    IServiceProvider services,
    IOptions<NeedsWatchOptions> options,
    TimeProvider time,
    ILogger<NeedsWatchWriterService> logger) : BackgroundService
{
    private static readonly TimeSpan FoldEvery = TimeSpan.FromHours(24);

    // While a batch gathers, the queue is still emptied this often, so that it never fills up and drops searches.
    private static readonly TimeSpan DrainEvery = TimeSpan.FromMilliseconds(100);
    private DateTimeOffset _nextFold = DateTimeOffset.MinValue;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batchSize = Math.Max(1, options.Value.BatchSize);
        var gather = options.Value.FlushInterval > TimeSpan.Zero ? options.Value.FlushInterval : TimeSpan.Zero;
        var batch = new List<SearchEvent>();
        FoldIfDue();
        try
        {
            while (await recorder.Reader.WaitToReadAsync(stoppingToken))
            {
                // Real time, not the injected clock: gathering is about the machine's load, and a test's frozen clock
                // must not hold batches back.
                var gathering = Stopwatch.StartNew();
                while (true)
                {
                    while (batch.Count < batchSize && recorder.Reader.TryRead(out var signal)) batch.Add(ToEvent(signal));
                    var left = gather - gathering.Elapsed;
                    if (batch.Count >= batchSize || left <= TimeSpan.Zero) break;
                    await Task.Delay(left < DrainEvery ? left : DrainEvery, stoppingToken);
                }
                if (!Write(batch)) await Task.Delay(options.Value.RetryAfterFailure, time, stoppingToken);
                batch.Clear();
                FoldIfDue();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: what is still queued is written once, without waiting for more.
            while (recorder.Reader.TryRead(out var signal)) batch.Add(ToEvent(signal));
            Write(batch);
        }
    }

    // Resolved on each use inside the callers' try: a store that cannot open (a read-only disk, a database down)
    // fails that batch only, and is tried again later.
    private INeedsWatchStore Store => services.GetRequiredService<INeedsWatchStore>();

    private static SearchEvent ToEvent(SearchSignal s) =>
        new(SearchEvent.HourOf(s.At), s.Lang, s.Needs, s.Place ?? SearchEvent.Unspecified, s.Results, s.OnlyElsewhere, s.Staff,
            QueryTextNormaliser.Normalise(s.Text));

    private bool Write(List<SearchEvent> batch)
    {
        if (batch.Count == 0) return true;
        try
        {
            Store.Append(batch);
            return true;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            recorder.CountDropped(batch.Count);
            logger.LogWarning(e, "Needs watch store unavailable: {Count} searches dropped ({Total} since start).", batch.Count, recorder.Dropped);
            return false;
        }
    }

    private void FoldIfDue()
    {
        var now = time.GetUtcNow();
        if (now < _nextFold) return;
        _nextFold = now + FoldEvery;
        try
        {
            var folded = Store.Fold(RetentionCutoff(now, options.Value.RetentionMonths));
            if (folded > 0) logger.LogInformation("Needs watch: {Count} searches past the retention folded into monthly counts.", folded);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            logger.LogWarning(e, "Needs watch: folding failed; it will be tried again.");
            _nextFold = now + options.Value.RetryAfterFailure;
        }
    }

    /// <summary>The first day of the month <paramref name="months"/> months back: whole months are folded.</summary>
    internal static DateOnly RetentionCutoff(DateTimeOffset now, int months)
    {
        var today = BrusselsTime.Today(now);
        var back = today.AddMonths(-Math.Max(1, months));
        return new DateOnly(back.Year, back.Month, 1);
    }
}
