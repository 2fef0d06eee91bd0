using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Taxonomy.Api.Contracts.Playbooks;
using Taxonomy.Api.OpenApi;
using Taxonomy.Api.Paging;
using Taxonomy.Api.Persistence;
using Taxonomy.Api.Security;
using Taxonomy.Domain;
using Taxonomy.Infrastructure.Persistence;

namespace Taxonomy.Api.Controllers;

/// <summary>Playbooks (PB00001 …): worked ways of carrying out counters.</summary>
[ApiController]
[Route("api/v1/playbooks")]
public sealed class PlaybooksController(TaxonomyDbContext db, Deletion deletion, ListTotals totals) : ControllerBase
{
    /// <summary>Lists playbooks, ordered by id, optionally of one counter.</summary>
    [HttpGet]
    [ProducesResponseType<PagedList<PlaybookResponse>>(StatusCodes.Status200OK)]
    [ListProblems]
    public async Task<PagedList<PlaybookResponse>> List([FromQuery(Name = "")] PlaybookListQuery query, [FromQuery(Name = "")] PageQuery paging, CancellationToken cancellationToken)
    {
        var counterId = await db.FilterAsync<Counter>(query.CounterId, DisarmIds.Counter, "counterId", cancellationToken);
        return await db.Playbooks.AsNoTracking().Where(t => counterId == null || t.CounterId == counterId)
            .ToPageAsync(t => t.Id, PlaybookResponse.Projection, paging, totals, cancellationToken);
    }

    /// <summary>Gets a playbook by id (any letter case).</summary>
    /// <param name="id" example="PB00001">The playbook's DISARM id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [HttpGet("{id}")]
    [ProducesResponseType<PlaybookResponse>(StatusCodes.Status200OK)]
    [ProblemResponses(StatusCodes.Status404NotFound)]
    public async Task<PlaybookResponse> Get(string id, CancellationToken cancellationToken) =>
        PlaybookResponse.From(await db.ReadByRouteIdAsync<Playbook>(DisarmIds.Playbook, id, cancellationToken));

    /// <summary>Creates a playbook. Needs an admin key.</summary>
    [HttpPost]
    [Authorize(AdminPolicy.Name)]
    [ProducesResponseType<PlaybookResponse>(StatusCodes.Status201Created)]
    [WriteProblems]
    public async Task<ActionResult<PlaybookResponse>> Create(PlaybookRequest request, CancellationToken cancellationToken)
    {
        var playbook = new Playbook(request.Id!, (await CounterAsync(request, cancellationToken))!, request.Name!, request.Summary);
        await db.AddNewAsync(playbook, playbook.Id, DisarmIds.Playbook, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return CreatedAtAction(nameof(Get), new { id = playbook.Id }, PlaybookResponse.From(playbook));
    }

    /// <summary>Replaces a playbook's fields. Needs an admin key.</summary>
    /// <param name="id" example="PB00001">The playbook's DISARM id.</param>
    /// <param name="request">The playbook's new fields.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [HttpPut("{id}")]
    [Authorize(AdminPolicy.Name)]
    [ProducesResponseType<PlaybookResponse>(StatusCodes.Status200OK)]
    [WriteProblems]
    public async Task<PlaybookResponse> Replace(string id, PlaybookRequest request, CancellationToken cancellationToken)
    {
        var playbook = await db.Playbooks.SingleByRouteIdAsync(DisarmIds.Playbook, id, cancellationToken);
        playbook.Update((await CounterAsync(request, cancellationToken))!, request.Name!, request.Summary);
        await db.SaveChangesAsync(cancellationToken);
        return PlaybookResponse.From(playbook);
    }

    /// <summary>Deletes a playbook. Needs an admin key.</summary>
    /// <param name="id" example="PB00001">The playbook's DISARM id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [HttpDelete("{id}")]
    [Authorize(AdminPolicy.Name)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [DeleteProblems]
    public async Task<IActionResult> Delete(string id, CancellationToken cancellationToken)
    {
        await deletion.DeleteAsync<Playbook>(DisarmIds.Playbook, id, cancellationToken);
        return NoContent();
    }

    private Task<string?> CounterAsync(PlaybookRequest request, CancellationToken cancellationToken) =>
        db.RequireAsync<Counter>(request.CounterId, DisarmIds.Counter, "counterId", cancellationToken);
}
