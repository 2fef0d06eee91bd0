using Microsoft.AspNetCore.Mvc;

namespace Taxonomy.Api.Paging;

/// <summary>Which page of a list to return.</summary>
/// <param name="Page">1-based page number. Default 1.</param>
/// <param name="PageSize">Items per page, 1 to 200. Default 50.</param>
public sealed record PageQuery([FromQuery(Name = "page")][property: FromQuery(Name = "page")] int? Page = null, [FromQuery(Name = "pageSize")][property: FromQuery(Name = "pageSize")] int? PageSize = null)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    // Keeps (page - 1) * pageSize far inside int: an overflowed offset would wrap to page 1.
    public const int MaxPage = 1_000_000;
}
