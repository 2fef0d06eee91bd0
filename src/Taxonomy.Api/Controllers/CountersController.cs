using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Taxonomy.Api.Contracts.Counters;
using Taxonomy.Api.OpenApi;
using Taxonomy.Api.Pages;
using Taxonomy.Api.Paging;
using Taxonomy.Api.Persistence;
using Taxonomy.Api.Security;
using Taxonomy.Domain;
using Taxonomy.Infrastructure.Persistence;

namespace Taxonomy.Api.Controllers;

/// <summary>Counters (C00006 …): countermeasures against disinformation techniques.</summary>
[ApiController]
[Route("api/v1/counters")]
public sealed class CountersController(TaxonomyDbContext db, Deletion deletion, ListTotals totals) : ControllerBase
{
    /// <summary>Lists counters, ordered by id, optionally filtered by what they relate to.</summary>
    [HttpGet]
    [ProducesResponseType<PagedList<CounterResponse>>(StatusCodes.Status200OK)]
    [ListProblems]
    public async Task<PagedList<CounterResponse>> List([FromQuery(Name = "")] CounterListQuery query, [FromQuery(Name = "")] PageQuery paging, CancellationToken cancellationToken)
    {
        var tacticId = await db.FilterAsync<Tactic>(query.TacticId, DisarmIds.Tactic, "tacticId", cancellationToken);
        var techniqueId = await db.FilterAsync<Technique>(query.TechniqueId, DisarmIds.Technique, "techniqueId", cancellationToken);
        var metatechniqueId = await db.FilterAsync<Metatechnique>(query.MetatechniqueId, DisarmIds.Metatechnique, "metatechniqueId", cancellationToken);
        var responseTypeId = await db.FilterAsync<ResponseType>(query.ResponseTypeId, DisarmIds.ResponseType, "responseTypeId", cancellationToken);
        var actorTypeId = await db.FilterAsync<ActorType>(query.ActorTypeId, DisarmIds.ActorType, "actorTypeId", cancellationToken);
        return await db.Counters.AsNoTracking().AsSplitQuery()
            .Where(c => tacticId == null || c.TacticId == tacticId)
            .Where(c => techniqueId == null || db.CounterIdsListing(techniqueId).Contains(c.Id))
            .Where(c => metatechniqueId == null || c.MetatechniqueId == metatechniqueId)
            .Where(c => responseTypeId == null || c.ResponseTypeId == responseTypeId)
            .Where(c => actorTypeId == null || c.ActorTypes.Any(a => a.Id == actorTypeId))
            .ToPageAsync(c => c.Id, CounterResponse.Projection, paging, totals, cancellationToken);
    }

    /// <summary>Gets a counter by id (any letter case). Send Accept: text/markdown for DISARM's page of it instead.</summary>
    /// <param name="id" example="C00006">The counter's DISARM id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [MarkdownPage("counters")]
    [HttpGet("{id}")]
    [ProducesResponseType<CounterResponse>(StatusCodes.Status200OK)]
    [ProblemResponses(StatusCodes.Status404NotFound)]
    public async Task<CounterResponse> Get(string id, CancellationToken cancellationToken) =>
        CounterResponse.From(await WithLinks().AsNoTracking().SingleByRouteIdAsync(DisarmIds.Counter, id, cancellationToken));

    /// <summary>Creates a counter; every id it names must exist. Needs an admin key.</summary>
    [HttpPost]
    [Authorize(AdminPolicy.Name)]
    [ProducesResponseType<CounterResponse>(StatusCodes.Status201Created)]
    [WriteProblems]
    public async Task<ActionResult<CounterResponse>> Create(CounterRequest request, CancellationToken cancellationToken)
    {
        await RequireLinksAsync(request, cancellationToken);
        var counter = new Counter(request.Id!, request.ToDetails(), request.Tags);
        await LinkAsync(counter, request, cancellationToken);
        await db.AddNewAsync(counter, counter.Id, DisarmIds.Counter, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return CreatedAtAction(nameof(Get), new { id = counter.Id }, CounterResponse.From(counter));
    }

    /// <summary>Replaces a counter's fields and links. Needs an admin key.</summary>
    /// <param name="id" example="C00006">The counter's DISARM id.</param>
    /// <param name="request">The counter's new fields.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [HttpPut("{id}")]
    [Authorize(AdminPolicy.Name)]
    [ProducesResponseType<CounterResponse>(StatusCodes.Status200OK)]
    [WriteProblems]
    public async Task<CounterResponse> Replace(string id, CounterRequest request, CancellationToken cancellationToken)
    {
        var counter = await WithLinks().SingleByRouteIdAsync(DisarmIds.Counter, id, cancellationToken);
        await RequireLinksAsync(request, cancellationToken);
        counter.Update(request.ToDetails(), request.Tags);
        await LinkAsync(counter, request, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return CounterResponse.From(counter);
    }

    /// <summary>Deletes a counter that no playbook carries out; its own links go with it. Needs an admin key.</summary>
    /// <param name="id" example="C00006">The counter's DISARM id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [HttpDelete("{id}")]
    [Authorize(AdminPolicy.Name)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [DeleteProblems]
    public async Task<IActionResult> Delete(string id, CancellationToken cancellationToken)
    {
        await deletion.DeleteAsync<Counter>(DisarmIds.Counter, id, cancellationToken);
        return NoContent();
    }

    private IQueryable<Counter> WithLinks() =>
        db.Counters.Include(c => c.Techniques).Include(c => c.ActorTypes).Include(c => c.Resources).Include(c => c.Incidents).AsSplitQuery();

    private async Task RequireLinksAsync(CounterRequest request, CancellationToken cancellationToken)
    {
        await db.RequireAsync<Metatechnique>(request.MetatechniqueId, DisarmIds.Metatechnique, "metatechniqueId", cancellationToken);
        await db.RequireAsync<Tactic>(request.TacticId, DisarmIds.Tactic, "tacticId", cancellationToken);
        await db.RequireAsync<ResponseType>(request.ResponseTypeId, DisarmIds.ResponseType, "responseTypeId", cancellationToken);
    }

    private async Task LinkAsync(Counter counter, CounterRequest request, CancellationToken cancellationToken)
    {
        counter.SetTechniques(await db.ResolveAsync<Technique>(request.TechniqueIds, DisarmIds.Technique, "techniqueIds", cancellationToken));
        counter.SetActorTypes(await db.ResolveAsync<ActorType>(request.ActorTypeIds, DisarmIds.ActorType, "actorTypeIds", cancellationToken));
        counter.SetResources(await db.ResolveAsync<Resource>(request.ResourceIds, DisarmIds.Resource, "resourceIds", cancellationToken));
        counter.SetIncidents(await db.ResolveAsync<Incident>(request.IncidentIds, DisarmIds.Incident, "incidentIds", cancellationToken));
    }
}
