namespace Taxonomy.Api.Paging;

/// <summary>One page of a list, with what a client needs to fetch the rest.</summary>
/// <param name="Items">The items on this page.</param>
/// <param name="Page">This page's number, from 1.</param>
/// <param name="PageSize">The page size asked for.</param>
/// <param name="TotalCount">How many items the whole list holds.</param>
/// <param name="TotalPages">How many pages the whole list makes at this page size.</param>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalCount, int TotalPages);
