using System.Collections.Concurrent;

namespace Taxonomy.Api.Caching;

/// <summary>
/// Decides which answers are worth keeping in memory: those made a second time. Many URLs are
/// asked for once only (a client's cache-busting query string, a crawler walking every id), and
/// keeping their answers would push out the ones asked for again and again while holding memory
/// for nothing. The keys seen once are remembered up to a bound, then forgotten all together.
/// </summary>
internal sealed class CacheAdmission(int rememberedKeys)
{
    private readonly ConcurrentDictionary<string, byte> _seenOnce = new(StringComparer.Ordinal);

    // ConcurrentDictionary.Count takes every lock; this count is near enough for a bound.
    private int _remembered;

    /// <summary>Whether to keep the answer with this key: yes if it was asked for before, since the last time the remembered keys were forgotten.</summary>
    public bool Admits(string key)
    {
        if (_seenOnce.TryRemove(key, out _))
        {
            Interlocked.Decrement(ref _remembered);
            return true;
        }

        Remember(key);
        return false;
    }

    /// <summary>
    /// Notes that the answer with this key was asked for, by a request that waits for another to
    /// make it: when that one asks <see cref="Admits"/>, the answer has been asked for twice.
    /// </summary>
    public void Saw(string key) => Remember(key);

    private void Remember(string key)
    {
        if (Interlocked.Increment(ref _remembered) > rememberedKeys)
        {
            _seenOnce.Clear();
            Interlocked.Exchange(ref _remembered, 1);
        }

        if (!_seenOnce.TryAdd(key, 0))
        {
            Interlocked.Decrement(ref _remembered);
        }
    }
}
