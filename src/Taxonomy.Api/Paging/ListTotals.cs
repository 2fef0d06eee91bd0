using Microsoft.Extensions.Caching.Memory;

namespace Taxonomy.Api.Paging;

/// <summary>
/// How many items a list holds, counted once per version of the data. Every page of a list reports
/// its total, and counting means visiting the whole filtered list (8 ms at 500,000 mappings), which
/// would otherwise make every page cost what the whole list costs, however it is paged.
/// </summary>
/// <remarks>
/// Keyed by the data version and the list's SQL with its parameter values, so a count is reused
/// only for the same list of unchanged data, however the request was spelt. A count made while a
/// write committed is not kept, as it may belong to either version.
/// </remarks>
public sealed class ListTotals(DatabaseScope database, IMemoryCache cache)
{
    private static readonly TimeSpan KeptFor = TimeSpan.FromMinutes(10);

    public async Task<int> CountAsync<T>(IQueryable<T> list, CancellationToken cancellationToken)
    {
        var before = database.DataToken();
        var key = $"count\n{before}\n{list.ToQueryString()}";
        if (cache.TryGetValue(key, out int total))
        {
            return total;
        }

        total = await list.CountAsync(cancellationToken);
        if (database.DataToken() == before)
        {
            // The cache is sized in bytes (of cached answers): a count costs about its key.
            cache.Set(key, total, new MemoryCacheEntryOptions { Size = (key.Length * sizeof(char)) + 64, SlidingExpiration = KeptFor });
        }

        return total;
    }
}
