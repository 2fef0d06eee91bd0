using Microsoft.AspNetCore.RateLimiting;
using Taxonomy.Api.Limits;
using Taxonomy.Api.OpenApi;
using Taxonomy.Api.Pages;

namespace Taxonomy.Api.Releases;

/// <summary>
/// The releases loaded so far, and what changed between any two. Each import is a release: the
/// state of every object it held, as it left them, readable on every read route with ?release=.
/// </summary>
[ApiController]
[Route("api/v1/releases")]
public sealed class ReleasesController(TaxonomyDbContext db, ListTotals totals) : ControllerBase
{
    /// <summary>Lists the releases, newest import first, with how many objects of each type each holds.</summary>
    [HttpGet]
    [ProducesResponseType<PagedList<ReleaseResponse>>(StatusCodes.Status200OK)]
    [ProblemResponses(StatusCodes.Status400BadRequest)]
    [OperationId("listReleases")]
    public async Task<PagedList<ReleaseResponse>> List([FromQuery(Name = "")] PageQuery paging, CancellationToken cancellationToken)
    {
        var latest = await LatestImportAsync(cancellationToken);
        var page = await db.Imports.AsNoTracking().OrderByDescending(i => i.Id).ToPageAsync(paging, totals, cancellationToken);
        return new PagedList<ReleaseResponse>(page.Items.Select(i => ReleaseResponse.From(i, latest)).ToList(), page.Page, page.PageSize, page.TotalCount, page.TotalPages);
    }

    /// <summary>Gets a release by label (any letter case).</summary>
    /// <param name="label" example="1.7">The release's label.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [HttpGet("{label}")]
    [ProducesResponseType<ReleaseResponse>(StatusCodes.Status200OK)]
    [ProblemResponses(StatusCodes.Status404NotFound)]
    [OperationId("getRelease")]
    public async Task<ReleaseResponse> Get(string label, CancellationToken cancellationToken) =>
        ReleaseResponse.From(await ImportOfAsync(label, cancellationToken), await LatestImportAsync(cancellationToken));

    /// <summary>
    /// Lists what changed from one release to another: objects added, removed and changed, each
    /// change field by field with the old and new value, links included (a technique's tactic or
    /// parent, a mapping's techniques, a counter's techniques). Ordered by type and id, and paged
    /// with after and next. With Accept: text/markdown, the same page as release notes.
    /// </summary>
    /// <param name="from" example="1.6">The release to compare from.</param>
    /// <param name="to" example="1.7">The release to compare to.</param>
    /// <param name="query">Which types, and which page.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [HttpGet("{from}/diff/{to}")]
    [EnableRateLimiting(ExpensiveReads.Policy)]
    [ProducesResponseType<ReleaseDiffResponse>(StatusCodes.Status200OK)]
    [ProducesResponseType<string>(StatusCodes.Status200OK, "text/markdown")]
    [ProblemResponses(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound)]
    [OperationId("diffReleases")]
    public async Task<IActionResult> Diff(string from, string to, [FromQuery(Name = "")] ReleaseDiffQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var earlier = await ReleaseOfAsync(from, cancellationToken);
        var later = await ReleaseOfAsync(to, cancellationToken);
        var diff = await ReleaseDiffs.ReadAsync(db, earlier, later, query, cancellationToken);
        Response.Headers.Append("Vary", "Accept");
        if (!MarkdownPageFilter.PrefersMarkdown(Request))
        {
            return Ok(diff);
        }

        var next = $"{Request.Path}?{(query.Types is null ? "" : $"types={Uri.EscapeDataString(query.Types)}&")}after={Uri.EscapeDataString(diff.Next ?? "")}";
        return Content(ReleaseDiffs.Markdown(diff, next), PagesController.Markdown);
    }

    private async Task<Infrastructure.Import.ImportRecord> ImportOfAsync(string label, CancellationToken cancellationToken) =>
        await db.Imports.AsNoTracking().SingleOrDefaultAsync(i => i.Release == label, cancellationToken) ?? throw NoRelease(label);

    private async Task<Release> ReleaseOfAsync(string label, CancellationToken cancellationToken) =>
        await db.Imports.AsNoTracking().Where(i => i.Release == label).Select(Release.OfImport).SingleOrDefaultAsync(cancellationToken) ?? throw NoRelease(label);

    private static ResourceNotFoundException NoRelease(string label) =>
        new($"There is no release '{label}'. GET /api/v1/releases lists the releases.");

    private async Task<int> LatestImportAsync(CancellationToken cancellationToken) =>
        await db.Imports.MaxAsync(i => (int?)i.Id, cancellationToken) ?? 0;
}
