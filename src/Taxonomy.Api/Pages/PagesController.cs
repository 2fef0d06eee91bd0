using System.Text;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.WebUtilities;
using Taxonomy.Api.Limits;
using Taxonomy.Api.OpenApi;

namespace Taxonomy.Api.Pages;

/// <summary>
/// DISARM's published Markdown pages, served at the paths DISARM publishes them under, each byte
/// for byte the page DISARM's own generator writes from the stored workbooks.
/// </summary>
[ApiController]
[Route("generated_pages")]
[EnableRateLimiting(ExpensiveReads.Policy)]
public sealed class PagesController(PageSource pages) : ControllerBase
{
    public const string Markdown = "text/markdown; charset=utf-8";

    /// <summary>The page of one object: a technique, incident, counter, tactic, phase, task, actor type or metatechnique.</summary>
    /// <param name="type" example="techniques">The object's type, as DISARM names its folder of pages.</param>
    /// <param name="file" example="T0002.md">The object's DISARM id followed by ".md".</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [HttpGet("{type}/{file}")]
    [ProducesResponseType(typeof(string), StatusCodes.Status200OK, "text/markdown")]
    [ProblemResponses(StatusCodes.Status404NotFound)]
    [OperationId("getObjectPage")]
    public Task<RenderedPage> ObjectPage(string type, string file, CancellationToken cancellationToken) =>
        PageAsync($"{type}/{file}", cancellationToken);

    /// <summary>A top-level page: an index (such as techniques_index.md), a framework grid or a count of counters by response type.</summary>
    /// <param name="file" example="disarm_red_framework.md">The page's file name.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [HttpGet("{file}")]
    [ProducesResponseType(typeof(string), StatusCodes.Status200OK, "text/markdown")]
    [ProblemResponses(StatusCodes.Status404NotFound)]
    [OperationId("getTopLevelPage")]
    public async Task<IActionResult> TopLevelPage(string? file, CancellationToken cancellationToken)
    {
        // MVC binds a route value of only spaces as null; DISARM publishes no page of such a name.
        if (IndexPage.Find(file ?? "") is not { } index)
        {
            return await PageAsync(file ?? "", cancellationToken);
        }

        // An index lists every object of its type, so it is written as it is read, not built whole.
        Response.ContentType = Markdown;
        await using (var writer = new HttpResponseStreamWriter(Response.Body, Encoding.UTF8))
        {
            await pages.WriteIndexAsync(index, writer, cancellationToken);
        }

        return new EmptyResult();
    }

    private async Task<RenderedPage> PageAsync(string path, CancellationToken cancellationToken) =>
        await pages.RenderAsync(path, cancellationToken) ?? throw new ResourceNotFoundException($"DISARM publishes no page generated_pages/{path}.");
}
