using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Taxonomy.Api.Contracts.Incidents;
using Taxonomy.Api.OpenApi;
using Taxonomy.Api.Pages;
using Taxonomy.Api.Paging;
using Taxonomy.Api.Persistence;
using Taxonomy.Api.Security;
using Taxonomy.Domain;
using Taxonomy.Infrastructure.Persistence;

namespace Taxonomy.Api.Controllers;

/// <summary>Incidents (I00001 …): documented influence operations.</summary>
[ApiController]
[Route("api/v1/incidents")]
public sealed class IncidentsController(TaxonomyDbContext db, Deletion deletion, ListTotals totals) : ControllerBase
{
    /// <summary>Lists incidents, ordered by id.</summary>
    [HttpGet]
    [ProducesResponseType<PagedList<IncidentResponse>>(StatusCodes.Status200OK)]
    [ListProblems]
    public Task<PagedList<IncidentResponse>> List([FromQuery(Name = "")] PageQuery paging, CancellationToken cancellationToken) =>
        db.Incidents.AsNoTracking().ToPageAsync(i => i.Id, IncidentResponse.Projection, paging, totals, cancellationToken);

    /// <summary>Gets an incident by id (any letter case). Send Accept: text/markdown for DISARM's page of it instead.</summary>
    /// <param name="id" example="I00251">The incident's DISARM id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [MarkdownPage("incidents")]
    [HttpGet("{id}")]
    [ProducesResponseType<IncidentResponse>(StatusCodes.Status200OK)]
    [ProblemResponses(StatusCodes.Status404NotFound)]
    public async Task<IncidentResponse> Get(string id, CancellationToken cancellationToken) =>
        IncidentResponse.From(await db.ReadByRouteIdAsync<Incident>(DisarmIds.Incident, id, cancellationToken));

    /// <summary>Creates an incident. Needs an admin key.</summary>
    [HttpPost]
    [Authorize(AdminPolicy.Name)]
    [ProducesResponseType<IncidentResponse>(StatusCodes.Status201Created)]
    [WriteProblems]
    public async Task<ActionResult<IncidentResponse>> Create(IncidentRequest request, CancellationToken cancellationToken)
    {
        var incident = new Incident(request.Id!, request.ToDetails());
        await db.AddNewAsync(incident, incident.Id, DisarmIds.Incident, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return CreatedAtAction(nameof(Get), new { id = incident.Id }, IncidentResponse.From(incident));
    }

    /// <summary>Replaces an incident's fields. Needs an admin key.</summary>
    /// <param name="id" example="I00251">The incident's DISARM id.</param>
    /// <param name="request">The incident's new fields.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [HttpPut("{id}")]
    [Authorize(AdminPolicy.Name)]
    [ProducesResponseType<IncidentResponse>(StatusCodes.Status200OK)]
    [WriteProblems]
    public async Task<IncidentResponse> Replace(string id, IncidentRequest request, CancellationToken cancellationToken)
    {
        var incident = await db.Incidents.SingleByRouteIdAsync(DisarmIds.Incident, id, cancellationToken);
        incident.Update(request.ToDetails());
        await db.SaveChangesAsync(cancellationToken);
        return IncidentResponse.From(incident);
    }

    /// <summary>Deletes an incident that no mapping, counter or detection references. Needs an admin key.</summary>
    /// <param name="id" example="I00251">The incident's DISARM id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [HttpDelete("{id}")]
    [Authorize(AdminPolicy.Name)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [DeleteProblems]
    public async Task<IActionResult> Delete(string id, CancellationToken cancellationToken)
    {
        await deletion.DeleteAsync<Incident>(DisarmIds.Incident, id, cancellationToken);
        return NoContent();
    }
}
