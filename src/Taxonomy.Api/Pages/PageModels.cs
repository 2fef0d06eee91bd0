using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Taxonomy.Api.Limits;

namespace Taxonomy.Api.Pages;

/// <summary>
/// The <see cref="PageModel"/> of each version of the data whose pages are read often. A model
/// costs about as much to build as a few dozen pages rendered from their own reads, and every
/// write makes a new version. So a version gets its model only after
/// <see cref="RequestLimits.PageRendersBeforeModel"/> renders from reads: data that changes before
/// it is read much never pays for a model, and data read often pays once, at most about twice
/// what the best choice made in hindsight would have cost. Data of more than
/// <see cref="RequestLimits.PageModelObjects"/> objects never gets one.
/// </summary>
/// <remarks>
/// The models have a memory cache of their own, of room for two of the largest allowed, the
/// least recently read dropped first. In the answer cache, which uncached reads keep full, a
/// model would be refused room as often as it was built.
/// </remarks>
public sealed class PageModels(IOptions<RequestLimits> limits) : IDisposable
{
    private static readonly TimeSpan Unused = TimeSpan.FromMinutes(10);

    /// <summary>What a version without a model counts for in the cache's budget, in bytes: an estimate.</summary>
    private const int CountOnlySize = 256;

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = 2 * PageModel.SizeOf(Math.Max(1, limits.Value.PageModelObjects)) });

    // One build at a time: a render that finds one running reads for itself rather than wait.
    private readonly SemaphoreSlim _building = new(1, 1);

    /// <summary>
    /// The model of the version <paramref name="token"/> names (see <see cref="DatabaseScope.DataToken"/>),
    /// built now with <paramref name="build"/> if this render is the one that makes it worth it;
    /// null when the page is to be rendered from its own reads. <paramref name="build"/> answers
    /// null when the data is too large or has changed since the token was read: a version it
    /// answered null for never gets a model, which for a changed version no longer matters.
    /// </summary>
    internal async Task<PageModel?> FindAsync(string token, Func<CancellationToken, Task<PageModel?>> build, CancellationToken cancellationToken)
    {
        // The cache is the models' own, so the data token alone is the key.
        var version = _cache.GetOrCreate(token, entry =>
        {
            entry.Size = CountOnlySize;
            entry.SlidingExpiration = Unused;
            return new DataVersionPages();
        })!;
        if (version.Model is { } model)
        {
            return model;
        }

        if (version.Unbuildable || Interlocked.Increment(ref version.RendersFromReads) <= limits.Value.PageRendersBeforeModel || !await _building.WaitAsync(0, cancellationToken))
        {
            return null;
        }

        try
        {
            if (version.Model is null && !version.Unbuildable)
            {
                version.Model = await build(cancellationToken);
                version.Unbuildable = version.Model is null;
                if (version.Model is { } built)
                {
                    _cache.Set(token, version, new MemoryCacheEntryOptions { Size = built.Size, SlidingExpiration = Unused });
                }
            }

            return version.Model;
        }
        finally
        {
            _building.Release();
        }
    }

    public void Dispose()
    {
        _cache.Dispose();
        _building.Dispose();
    }

    private sealed class DataVersionPages
    {
        public int RendersFromReads;

        public volatile PageModel? Model;

        public volatile bool Unbuildable;
    }
}
