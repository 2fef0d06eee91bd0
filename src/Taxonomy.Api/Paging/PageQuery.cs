
namespace Taxonomy.Api.Paging;

/// <summary>Which page of a list to return: by number, or (on lists ordered by id) after a given id.</summary>
/// <param name="Page">1-based page number. Default 1. Not with after.</param>
/// <param name="PageSize">Items per page, 1 to 200. Default 50.</param>
/// <param name="After">
/// Keyset paging: the items whose id comes after this one. Pass the previous page's next; each
/// page then costs the same however deep the list is, and items inserted meanwhile are neither
/// skipped nor repeated. <example>T0166</example>
/// </param>
public sealed record PageQuery(
    [FromQuery(Name = "page")][property: FromQuery(Name = "page")] int? Page = null,
    [FromQuery(Name = "pageSize")][property: FromQuery(Name = "pageSize")] int? PageSize = null,
    [FromQuery(Name = "after")][property: FromQuery(Name = "after")] string? After = null)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    // Keeps (page - 1) * pageSize far inside int: an overflowed offset would wrap to page 1.
    public const int MaxPage = 1_000_000;

    public const int MaxAfterLength = 64;
}
