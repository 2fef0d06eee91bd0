
namespace Taxonomy.Api.Disarm.Tasks;

/// <summary>Tasks (TK0001 …): what each tactic sets out to do.</summary>
public sealed class TasksController(TaxonomyDbContext db, ListTotals totals) : ResourceController<DisarmTask, TaskRequest, TaskResponse>
{
    /// <summary>Lists tasks, ordered by id, optionally of one tactic.</summary>
    [HttpGet]
    public async Task<PagedList<TaskResponse>> List([FromQuery(Name = "")] TaskListQuery query, [FromQuery(Name = "")] PageQuery paging, CancellationToken cancellationToken)
    {
        var tacticId = await db.FilterAsync<Tactic>(query.TacticId, "tacticId", cancellationToken);
        return await db.Tasks.AsNoTracking().Where(t => tacticId == null || t.TacticId == tacticId)
            .ToPageAsync(t => t.Id, TaskResponse.Projection, paging, totals, cancellationToken);
    }

    /// <summary>Gets a task by id (any letter case).</summary>
    /// <param name="id" example="TK0001">The task's DISARM id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [HttpGet("{id}")]
    public async Task<TaskResponse> Get(string id, CancellationToken cancellationToken) =>
        TaskResponse.From(await db.ReadByRouteIdAsync<DisarmTask>(id, cancellationToken));

    protected override async Task<DisarmTask> CreateAsync(TaskRequest request, CancellationToken cancellationToken)
    {
        var task = new DisarmTask(request.Id!, request.Name!, await TacticAsync(request, cancellationToken), await FrameworkAsync(request, cancellationToken), request.Summary);
        return task;
    }

    protected override async Task ApplyAsync(DisarmTask task, TaskRequest request, CancellationToken cancellationToken)
    {
        task.Update(request.Name!, await TacticAsync(request, cancellationToken), await FrameworkAsync(request, cancellationToken), request.Summary);
    }

    protected override TaskResponse Respond(DisarmTask entity) => TaskResponse.From(entity);

    private Task<string?> TacticAsync(TaskRequest request, CancellationToken cancellationToken) =>
        db.RequireAsync<Tactic>(request.TacticId, "tacticId", cancellationToken);

    private Task<string?> FrameworkAsync(TaskRequest request, CancellationToken cancellationToken) =>
        db.RequireAsync<Framework>(request.FrameworkId, "frameworkId", cancellationToken);
}
