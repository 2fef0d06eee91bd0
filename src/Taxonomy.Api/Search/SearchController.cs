using Microsoft.AspNetCore.RateLimiting;
using Taxonomy.Api.Limits;
using Microsoft.Extensions.Options;
using Taxonomy.Api.OpenApi;
using Taxonomy.Infrastructure.Search;

namespace Taxonomy.Api.Search;

/// <summary>Full-text search over the names and text of every DISARM object.</summary>
[ApiController]
[Route("api/v1/search")]
[EnableRateLimiting(ExpensiveReads.Policy)]
public sealed class SearchController(TaxonomyDbContext db, ListTotals totals, IOptions<SearchLimits> limits) : ControllerBase
{
    /// <summary>
    /// Searches the names, summaries and descriptions of every type of object, best match first:
    /// an object named exactly as the query, then by score, in which a word in the name counts far
    /// more than one in the text; equal scores in the order the index holds them.
    /// </summary>
    /// <remarks>
    /// q: words (every one must match), "a phrase", a prefix* search, name:word or name:"a phrase"
    /// to match names only, and AND, OR, NOT (in capitals; NOT leaves out what follows from what
    /// precedes) with parentheses. Letter case and accents are ignored; punctuation separates words.
    /// A malformed query is a 400 saying what is wrong and where. types: a comma-separated list of
    /// resources to search (techniques, incidents, incident-techniques, …); all when left out.
    /// </remarks>
    [HttpGet]
    [ProducesResponseType<PagedList<SearchHit>>(StatusCodes.Status200OK)]
    [ProblemResponses(StatusCodes.Status400BadRequest)]
    [OperationId("search")]
    public Task<PagedList<SearchHit>> Search([FromQuery(Name = "")] SearchQuery query, [FromQuery(Name = "")] PageQuery paging, CancellationToken cancellationToken)
    {
        var expression = query.Expression();
        var types = query.RequestedTypes();
        return db.WithinAsync(TimeSpan.FromMilliseconds(limits.Value.TimeBudgetMilliseconds), async () =>
        {
            var page = await db.Search(expression.Match, expression.ExactName)
                .Where(m => types.Count == 0 || types.Contains(m.Type))
                .OrderByDescending(m => m.IsExactName)
                .ThenByDescending(m => m.Score)
                .ThenBy(m => m.RowId)
                .ToPageAsync(paging, totals, cancellationToken);
            var snippets = await db.SnippetsAsync(expression.Match, page.Items.Select(m => m.RowId), cancellationToken);
            return new PagedList<SearchHit>(
                page.Items.Select(m => SearchHit.From(m, snippets[m.RowId])).ToList(), page.Page, page.PageSize, page.TotalCount, page.TotalPages);
        }, cancellationToken);
    }
}
