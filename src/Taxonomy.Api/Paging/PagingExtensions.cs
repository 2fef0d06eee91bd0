using Microsoft.EntityFrameworkCore;

namespace Taxonomy.Api.Paging;

internal static class PagingExtensions
{
    /// <summary>Reads one page of an already ordered query, and the size of the whole list.</summary>
    public static async Task<PagedList<T>> ToPageAsync<T>(this IQueryable<T> ordered, PageQuery query, CancellationToken cancellationToken)
    {
        var number = query.Page ?? 1;
        var size = query.PageSize ?? PageQuery.DefaultPageSize;
        var total = await ordered.CountAsync(cancellationToken);
        var items = await ordered.Skip((number - 1) * size).Take(size).ToListAsync(cancellationToken);
        return new PagedList<T>(items, number, size, total, (total + size - 1) / size);
    }
}
