using Microsoft.EntityFrameworkCore;

namespace Taxonomy.Api.Paging;

internal static class PagingExtensions
{
    /// <summary>Reads one page of an already ordered query, and the size of the whole list.</summary>
    public static async Task<PagedList<T>> ToPageAsync<T>(this IQueryable<T> ordered, PageQuery query, CancellationToken cancellationToken)
    {
        var total = await ordered.CountAsync(cancellationToken);
        var items = await ordered.Skip((query.Number - 1) * query.Size).Take(query.Size).ToListAsync(cancellationToken);
        return new PagedList<T>(items, query.Number, query.Size, total, (total + query.Size - 1) / query.Size);
    }
}
