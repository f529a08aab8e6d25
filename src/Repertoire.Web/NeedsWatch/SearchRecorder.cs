using System.Threading.Channels;
using Microsoft.Extensions.Options;
using Repertoire.Core.Index;

namespace Repertoire.Web.NeedsWatch;

/// <summary>
/// Takes a search into the needs watch without slowing it: the signal goes into a bounded in-memory queue with a
/// non-blocking write; when the queue is full (the writer is behind, or the store is down) the search is dropped
/// and counted. Nothing about the person is read: only whether a staff member is signed in.
/// </summary>
public sealed class SearchRecorder
{
    private readonly Channel<SearchSignal> _queue;
    private readonly TimeProvider _time;
    private readonly bool _enabled;
    private long _dropped;

    public SearchRecorder(IOptions<NeedsWatchOptions> options, TimeProvider time)
    {
        var o = options.Value;
        _enabled = o.Record;
        _time = time;
        // Wait mode makes TryWrite answer false when full; the Drop modes would drop silently, uncounted.
        _queue = Channel.CreateBounded<SearchSignal>(new BoundedChannelOptions(Math.Max(1, o.QueueCapacity))
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = true,
            SingleWriter = false,
        });
    }

    /// <summary>Searches dropped since start: queue full or store unavailable.</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    internal ChannelReader<SearchSignal> Reader => _queue.Reader;

    /// <summary>
    /// Records a search unless it is a later page of one already recorded, or asks nothing (no text, no filter).
    /// Never blocks and never throws for a full queue.
    /// </summary>
    public void Record(HttpContext context, SearchQuery query, SearchResult result)
    {
        if (!_enabled || query.Page != 1) return;
        if (string.IsNullOrWhiteSpace(query.Text) && result.MatchedNeeds.Count == 0 && result.AskedPlace is null
            && query.Sectors.Count == 0 && query.Languages.Count == 0) return;
        var staff = context.User.Identity?.IsAuthenticated == true;
        var signal = new SearchSignal(_time.GetUtcNow(), query.Lang, query.Text, result.MatchedNeeds, result.AskedPlace,
            result.Total, result.OnlyElsewhere, staff);
        if (!_queue.Writer.TryWrite(signal)) Interlocked.Increment(ref _dropped);
    }

    internal void CountDropped(int count) => Interlocked.Add(ref _dropped, count);
}
