namespace Taxonomy.Api.Paging;

/// <summary>One page of a list, with what a client needs to fetch the rest.</summary>
/// <param name="Items">The items on this page.</param>
/// <param name="Page">This page's number, from 1; null when the page was asked for with after.</param>
/// <param name="PageSize">The page size asked for.</param>
/// <param name="TotalCount">How many items the whole list holds.</param>
/// <param name="TotalPages">How many pages the whole list makes at this page size.</param>
/// <param name="Next">
/// On lists ordered by id: the value of after for the following page, or null when this is the
/// last page. <example>T0166.003</example>
/// </param>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int? Page, int PageSize, int TotalCount, int TotalPages, string? Next = null) : INextPage
{
    string? INextPage.NextPageAfter => Next;
}
