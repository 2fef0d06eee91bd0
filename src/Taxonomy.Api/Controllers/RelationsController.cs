using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Taxonomy.Api.Contracts;
using Taxonomy.Api.Contracts.Counters;
using Taxonomy.Api.Contracts.Incidents;
using Taxonomy.Api.Contracts.Techniques;
using Taxonomy.Api.OpenApi;
using Taxonomy.Api.Paging;
using Taxonomy.Api.Persistence;
using Taxonomy.Domain;
using Taxonomy.Infrastructure.Persistence;

namespace Taxonomy.Api.Controllers;

/// <summary>
/// What the objects of one type link to: the tree under a tactic, the tactics of a phase, the
/// techniques and sources of an incident, everything a counter links to, and the counters of an
/// actor type or metatechnique. An unknown id is 404, never an empty list.
/// </summary>
[ApiController]
[Route("api/v1")]
public sealed class RelationsController(TaxonomyDbContext db, ListTotals totals) : ControllerBase
{
    /// <summary>A tactic's techniques, by id, each with its sub-techniques; paged by technique.</summary>
    /// <param name="id" example="TA06">The tactic's DISARM id.</param>
    /// <param name="paging">The page of techniques.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [HttpGet("tactics/{id}/techniques")]
    [Tags("Tactics")]
    [ProducesResponseType<PagedList<TechniqueTreeNode>>(StatusCodes.Status200OK)]
    [ListProblems]
    public async Task<PagedList<TechniqueTreeNode>> TacticTechniques(string id, [FromQuery(Name = "")] PageQuery paging, CancellationToken cancellationToken)
    {
        var tactic = await db.ReadByRouteIdAsync<Tactic>(DisarmIds.Tactic, id, cancellationToken);
        var page = await db.Techniques.AsNoTracking().Where(t => t.TacticId == tactic.Id && t.ParentId == null)
            .OrderBy(t => t.Id).Select(t => new NamedObject(t.Id, t.Name)).ToPageAsync(paging, totals, cancellationToken);
        return new PagedList<TechniqueTreeNode>(await db.TechniqueTreesAsync(page.Items, cancellationToken), page.Page, page.PageSize, page.TotalCount, page.TotalPages);
    }

    /// <summary>A phase's tactics in DISARM's order (rank).</summary>
    /// <param name="id" example="P02">The phase's DISARM id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [HttpGet("phases/{id}/tactics")]
    [Tags("Phases")]
    [ProducesResponseType<IReadOnlyList<RankedObject>>(StatusCodes.Status200OK)]
    [ProblemResponses(StatusCodes.Status404NotFound)]
    public async Task<IReadOnlyList<RankedObject>> PhaseTactics(string id, CancellationToken cancellationToken)
    {
        var phase = await db.ReadByRouteIdAsync<Phase>(DisarmIds.Phase, id, cancellationToken);
        return await db.Tactics.AsNoTracking().Where(t => t.PhaseId == phase.Id).OrderBy(t => t.Rank).ThenBy(t => t.Id)
            .Select(t => new RankedObject(t.Id, t.Name, t.Rank)).ToListAsync(cancellationToken);
    }

    /// <summary>The techniques an incident shows, by id, each with the passages quoted for it.</summary>
    /// <param name="id" example="I00251">The incident's DISARM id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [HttpGet("incidents/{id}/techniques")]
    [Tags("Incidents")]
    [ProducesResponseType<IReadOnlyList<IncidentTechniqueLink>>(StatusCodes.Status200OK)]
    [ProblemResponses(StatusCodes.Status404NotFound)]
    public async Task<IReadOnlyList<IncidentTechniqueLink>> IncidentTechniques(string id, CancellationToken cancellationToken)
    {
        var incident = await db.ReadByRouteIdAsync<Incident>(DisarmIds.Incident, id, cancellationToken);
        var pairs = await db.IncidentTechniques.AsNoTracking().Where(m => m.IncidentId == incident.Id)
            .SelectMany(m => m.Techniques, (m, t) => new { TechniqueId = t.Id, t.Name, m.Id, m.Description })
            .OrderBy(p => p.TechniqueId).ThenBy(p => p.Id)
            .ToListAsync(cancellationToken);
        return pairs.GroupBy(p => (p.TechniqueId, p.Name))
            .Select(g => new IncidentTechniqueLink(g.Key.TechniqueId, g.Key.Name, g.Select(p => new MappingDescription(p.Id, p.Description)).ToList()))
            .ToList();
    }

    /// <summary>An incident's sources in DISARM's order, with what the references record about each.</summary>
    /// <param name="id" example="I00251">The incident's DISARM id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [HttpGet("incidents/{id}/references")]
    [Tags("Incidents")]
    [ProducesResponseType<IReadOnlyList<IncidentReference>>(StatusCodes.Status200OK)]
    [ProblemResponses(StatusCodes.Status404NotFound)]
    public async Task<IReadOnlyList<IncidentReference>> IncidentReferences(string id, CancellationToken cancellationToken)
    {
        var incident = await db.ReadByRouteIdAsync<Incident>(DisarmIds.Incident, id, cancellationToken);
        var known = await db.References.AsNoTracking().Where(r => incident.Urls.Contains(r.Url)).ToDictionaryAsync(r => r.Url, cancellationToken);
        return incident.Urls.Select(url => known.TryGetValue(url, out var r)
                ? new IncidentReference(url, r.Id, r.PublishedOn, r.PublishedOnText, r.Authors, r.Organisation, r.ArchiveUrl)
                : new IncidentReference(url, null, null, null, null, null, null))
            .ToList();
    }

    /// <summary>Everything a counter links to: tactic, metatechnique, response type, techniques, actor types, resources and incidents.</summary>
    /// <param name="id" example="C00006">The counter's DISARM id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [HttpGet("counters/{id}/relations")]
    [Tags("Counters")]
    [ProducesResponseType<CounterRelationsResponse>(StatusCodes.Status200OK)]
    [ProblemResponses(StatusCodes.Status404NotFound)]
    public async Task<CounterRelationsResponse> CounterRelations(string id, CancellationToken cancellationToken)
    {
        var counterId = Lookups.RouteId(DisarmIds.Counter, id);
        return await db.Counters.AsNoTracking().Where(c => c.Id == counterId)
            .Select(c => new CounterRelationsResponse(
                c.Id,
                c.Tactic == null ? null : new NamedObject(c.Tactic.Id, c.Tactic.Name),
                c.Metatechnique == null ? null : new NamedObject(c.Metatechnique.Id, c.Metatechnique.Name),
                c.ResponseType == null ? null : new NamedObject(c.ResponseType.Id, c.ResponseType.Name),
                c.Techniques.OrderBy(t => t.Id).Select(t => new NamedObject(t.Id, t.Name)).ToList(),
                c.ActorTypes.OrderBy(a => a.Id).Select(a => new NamedObject(a.Id, a.Name)).ToList(),
                c.Resources.OrderBy(r => r.Id).Select(r => new NamedObject(r.Id, r.Name)).ToList(),
                c.Incidents.OrderBy(i => i.Id).Select(i => new NamedObject(i.Id, i.Name)).ToList()))
            .AsSplitQuery()
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new Errors.ResourceNotFoundException($"There is no counter {counterId}.");
    }

    /// <summary>The counters an actor type can carry out, by id.</summary>
    /// <param name="id" example="A033">The actor type's DISARM id.</param>
    /// <param name="paging">The page of counters.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [HttpGet("actor-types/{id}/counters")]
    [Tags("ActorTypes")]
    [ProducesResponseType<PagedList<CounterLink>>(StatusCodes.Status200OK)]
    [ListProblems]
    public async Task<PagedList<CounterLink>> ActorTypeCounters(string id, [FromQuery(Name = "")] PageQuery paging, CancellationToken cancellationToken)
    {
        var actorType = await db.ReadByRouteIdAsync<ActorType>(DisarmIds.ActorType, id, cancellationToken);
        return await db.Counters.AsNoTracking().Where(c => c.ActorTypes.Any(a => a.Id == actorType.Id)).CounterLinks().ToPageAsync(paging, totals, cancellationToken);
    }

    /// <summary>The counters of a metatechnique, by id.</summary>
    /// <param name="id" example="M004">The metatechnique's DISARM id.</param>
    /// <param name="paging">The page of counters.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [HttpGet("metatechniques/{id}/counters")]
    [Tags("Metatechniques")]
    [ProducesResponseType<PagedList<CounterLink>>(StatusCodes.Status200OK)]
    [ListProblems]
    public async Task<PagedList<CounterLink>> MetatechniqueCounters(string id, [FromQuery(Name = "")] PageQuery paging, CancellationToken cancellationToken)
    {
        var metatechnique = await db.ReadByRouteIdAsync<Metatechnique>(DisarmIds.Metatechnique, id, cancellationToken);
        return await db.Counters.AsNoTracking().Where(c => c.MetatechniqueId == metatechnique.Id).CounterLinks().ToPageAsync(paging, totals, cancellationToken);
    }
}
