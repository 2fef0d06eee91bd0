using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;
using Taxonomy.Api.Limits;

namespace Taxonomy.Api.Security;

/// <summary>
/// Counts each client's requests with a wrong API key. Past <see cref="RequestLimits.FailedKeysPerMinute"/>
/// in a minute, its requests with a key are not checked at all until the minute is over, so that
/// guessing keys is no faster than that however fast a client sends.
/// </summary>
internal sealed class WrongKeyThrottle(IOptions<RequestLimits> limits) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _failures = PartitionedRateLimiter.Create<string, string>(client =>
        RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = limits.Value.FailedKeysPerMinute,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        }));

    public int PerMinute => limits.Value.FailedKeysPerMinute;

    /// <summary>Whether the client may have a key checked now; if not, how long until it may.</summary>
    public bool MayTry(string client, out TimeSpan retryAfter)
    {
        // Asking for no permit tells whether any is left without using one.
        using var lease = _failures.AttemptAcquire(client, 0);
        retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
        return lease.IsAcquired;
    }

    public void Failed(string client) => _failures.AttemptAcquire(client).Dispose();

    public void Dispose() => _failures.Dispose();
}
