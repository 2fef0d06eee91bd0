using System.Linq.Expressions;

namespace Taxonomy.Api.Paging;

internal static class PagingExtensions
{
    /// <summary>Reads one page of an already ordered query by page number, and the size of the whole list.</summary>
    public static async Task<PagedList<T>> ToPageAsync<T>(this IQueryable<T> ordered, PageQuery query, ListTotals totals, CancellationToken cancellationToken)
    {
        if (query.After is not null)
        {
            throw new BadHttpRequestException("This list is not ordered by id, so it pages by number only: use page, not after.", StatusCodes.Status400BadRequest);
        }

        var number = query.Page ?? 1;
        var size = query.PageSize ?? PageQuery.DefaultPageSize;
        var total = await totals.CountAsync(ordered, cancellationToken);
        var items = await ordered.Skip((number - 1) * size).Take(size).ToListAsync(cancellationToken);
        return new PagedList<T>(items, number, size, total, TotalPages(total, size));
    }

    /// <summary>
    /// Reads one page of a list ordered by <paramref name="key"/> (ordinal), by page number or, with
    /// after, by seeking past a key through its index, so a deep page costs what the first does.
    /// Either way the answer's next is the key to continue after.
    /// </summary>
    public static async Task<PagedList<TResult>> ToPageAsync<TEntity, TResult>(
        this IQueryable<TEntity> filtered,
        Expression<Func<TEntity, string>> key,
        Expression<Func<TEntity, TResult>> projection,
        PageQuery query,
        ListTotals totals,
        CancellationToken cancellationToken)
    {
        var size = query.PageSize ?? PageQuery.DefaultPageSize;
        var total = await totals.CountAsync(filtered, cancellationToken);
        var ordered = filtered.OrderBy(key);
        var window = query.After is { } after ? ordered.Where(KeyAfter(key, after)) : ordered.Skip(((query.Page ?? 1) - 1) * size);

        // One row more than the page, to learn whether another page follows.
        var rows = await window.Take(size + 1).Select(Keyed(key, projection)).ToListAsync(cancellationToken);
        var page = rows.Take(size).ToList();
        var next = rows.Count > size ? page[^1].Key : null;
        return new PagedList<TResult>(page.Select(row => row.Item).ToList(), query.After is null ? query.Page ?? 1 : null, size, total, TotalPages(total, size), next);
    }

    private static int TotalPages(int total, int size) => (total + size - 1) / size;

    private static Expression<Func<TEntity, bool>> KeyAfter<TEntity>(Expression<Func<TEntity, string>> key, string after)
    {
        // string.Compare(key, after) > 0 becomes "key > @after" in SQL; the holder makes it a parameter.
        var compare = Expression.Call(
            typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!,
            key.Body,
            Expression.Property(Expression.Constant(new Holder(after)), nameof(Holder.Value)));
        return Expression.Lambda<Func<TEntity, bool>>(Expression.GreaterThan(compare, Expression.Constant(0)), key.Parameters);
    }

    private static Expression<Func<TEntity, KeyedItem<TResult>>> Keyed<TEntity, TResult>(Expression<Func<TEntity, string>> key, Expression<Func<TEntity, TResult>> projection)
    {
        var entity = key.Parameters[0];
        var item = new ParameterReplacer(projection.Parameters[0], entity).Visit(projection.Body);
        var constructor = typeof(KeyedItem<TResult>).GetConstructor([typeof(string), typeof(TResult)])!;
        return Expression.Lambda<Func<TEntity, KeyedItem<TResult>>>(Expression.New(constructor, key.Body, item), entity);
    }

    private sealed record Holder(string Value);

    private sealed record KeyedItem<TResult>(string Key, TResult Item);

    private sealed class ParameterReplacer(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
