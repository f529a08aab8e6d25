namespace Repertoire.Core.DirectoryImport.Live;

/// <summary>Spaces requests at least 1/rate seconds apart. It sits inside the retry handler, so retries are paced
/// too. Written here because the client is sequential: a fixed interval is all politeness needs, where a token
/// bucket (System.Threading.RateLimiting) would add bursts the directories did not ask for.</summary>
internal sealed class RateGateHandler(double requestsPerSecond, TimeProvider time) : DelegatingHandler
{
    private readonly TimeSpan _interval = requestsPerSecond > 0 ? TimeSpan.FromSeconds(1 / requestsPerSecond) : TimeSpan.Zero;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private long _next;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var now = time.GetTimestamp();
            if (_next > now) await Task.Delay(time.GetElapsedTime(now, _next), time, cancellationToken).ConfigureAwait(false);
            _next = time.GetTimestamp() + (long)(_interval.TotalSeconds * time.TimestampFrequency);
        }
        finally
        {
            _gate.Release();
        }
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) _gate.Dispose();
        base.Dispose(disposing);
    }
}
