using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Taxonomy.Api.Contracts.Tasks;
using Taxonomy.Api.OpenApi;
using Taxonomy.Api.Pages;
using Taxonomy.Api.Paging;
using Taxonomy.Api.Persistence;
using Taxonomy.Api.Security;
using Taxonomy.Domain;
using Taxonomy.Infrastructure.Persistence;

namespace Taxonomy.Api.Controllers;

/// <summary>Tasks (TK0001 …): what each tactic sets out to do.</summary>
[ApiController]
[Route("api/v1/tasks")]
public sealed class TasksController(TaxonomyDbContext db, Deletion deletion, ListTotals totals) : ControllerBase
{
    /// <summary>Lists tasks, ordered by id, optionally of one tactic.</summary>
    [HttpGet]
    [ProducesResponseType<PagedList<TaskResponse>>(StatusCodes.Status200OK)]
    [ListProblems]
    public async Task<PagedList<TaskResponse>> List([FromQuery(Name = "")] TaskListQuery query, [FromQuery(Name = "")] PageQuery paging, CancellationToken cancellationToken)
    {
        var tacticId = await db.FilterAsync<Tactic>(query.TacticId, DisarmIds.Tactic, "tacticId", cancellationToken);
        return await db.Tasks.AsNoTracking().Where(t => tacticId == null || t.TacticId == tacticId)
            .ToPageAsync(t => t.Id, TaskResponse.Projection, paging, totals, cancellationToken);
    }

    /// <summary>Gets a task by id (any letter case). Send Accept: text/markdown for DISARM's page of it instead.</summary>
    /// <param name="id" example="TK0001">The task's DISARM id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [MarkdownPage("tasks")]
    [HttpGet("{id}")]
    [ProducesResponseType<TaskResponse>(StatusCodes.Status200OK)]
    [ProblemResponses(StatusCodes.Status404NotFound)]
    public async Task<TaskResponse> Get(string id, CancellationToken cancellationToken) =>
        TaskResponse.From(await db.ReadByRouteIdAsync<DisarmTask>(DisarmIds.Task, id, cancellationToken));

    /// <summary>Creates a task. Needs an admin key.</summary>
    [HttpPost]
    [Authorize(AdminPolicy.Name)]
    [ProducesResponseType<TaskResponse>(StatusCodes.Status201Created)]
    [WriteProblems]
    public async Task<ActionResult<TaskResponse>> Create(TaskRequest request, CancellationToken cancellationToken)
    {
        var task = new DisarmTask(request.Id!, request.Name!, await TacticAsync(request, cancellationToken), await FrameworkAsync(request, cancellationToken), request.Summary);
        await db.AddNewAsync(task, task.Id, DisarmIds.Task, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return CreatedAtAction(nameof(Get), new { id = task.Id }, TaskResponse.From(task));
    }

    /// <summary>Replaces a task's fields. Needs an admin key.</summary>
    /// <param name="id" example="TK0001">The task's DISARM id.</param>
    /// <param name="request">The task's new fields.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [HttpPut("{id}")]
    [Authorize(AdminPolicy.Name)]
    [ProducesResponseType<TaskResponse>(StatusCodes.Status200OK)]
    [WriteProblems]
    public async Task<TaskResponse> Replace(string id, TaskRequest request, CancellationToken cancellationToken)
    {
        var task = await db.Tasks.SingleByRouteIdAsync(DisarmIds.Task, id, cancellationToken);
        task.Update(request.Name!, await TacticAsync(request, cancellationToken), await FrameworkAsync(request, cancellationToken), request.Summary);
        await db.SaveChangesAsync(cancellationToken);
        return TaskResponse.From(task);
    }

    /// <summary>Deletes a task. Needs an admin key.</summary>
    /// <param name="id" example="TK0001">The task's DISARM id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [HttpDelete("{id}")]
    [Authorize(AdminPolicy.Name)]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [DeleteProblems]
    public async Task<IActionResult> Delete(string id, CancellationToken cancellationToken)
    {
        await deletion.DeleteAsync<DisarmTask>(DisarmIds.Task, id, cancellationToken);
        return NoContent();
    }

    private Task<string?> TacticAsync(TaskRequest request, CancellationToken cancellationToken) =>
        db.RequireAsync<Tactic>(request.TacticId, DisarmIds.Tactic, "tacticId", cancellationToken);

    private Task<string?> FrameworkAsync(TaskRequest request, CancellationToken cancellationToken) =>
        db.RequireAsync<Framework>(request.FrameworkId, DisarmIds.Framework, "frameworkId", cancellationToken);
}
