
namespace Taxonomy.Api.Disarm.Playbooks;

/// <summary>Playbooks (PB00001 …): worked ways of carrying out counters.</summary>
public sealed class PlaybooksController(TaxonomyDbContext db, ListTotals totals) : ResourceController<Playbook, PlaybookRequest, PlaybookResponse>
{
    /// <summary>Lists playbooks, ordered by id, optionally of one counter.</summary>
    [HttpGet]
    public async Task<PagedList<PlaybookResponse>> List([FromQuery(Name = "")] PlaybookListQuery query, [FromQuery(Name = "")] PageQuery paging, CancellationToken cancellationToken)
    {
        var counterId = await db.FilterAsync<Counter>(query.CounterId, "counterId", cancellationToken);
        return await db.Playbooks.AsNoTracking().Where(t => counterId == null || t.CounterId == counterId)
            .ToPageAsync(t => t.Id, PlaybookResponse.Projection, paging, totals, cancellationToken);
    }

    /// <summary>Gets a playbook by id (any letter case).</summary>
    /// <param name="id" example="PB00001">The playbook's DISARM id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [HttpGet("{id}")]
    public async Task<PlaybookResponse> Get(string id, CancellationToken cancellationToken) =>
        PlaybookResponse.From(await db.ReadByRouteIdAsync<Playbook>(id, cancellationToken));

    protected override async Task<Playbook> CreateAsync(PlaybookRequest request, CancellationToken cancellationToken)
    {
        var playbook = new Playbook(request.Id!, (await CounterAsync(request, cancellationToken))!, request.Name!, request.Summary);
        return playbook;
    }

    protected override async Task ApplyAsync(Playbook playbook, PlaybookRequest request, CancellationToken cancellationToken)
    {
        playbook.Update((await CounterAsync(request, cancellationToken))!, request.Name!, request.Summary);
    }

    protected override PlaybookResponse Respond(Playbook entity) => PlaybookResponse.From(entity);

    private Task<string?> CounterAsync(PlaybookRequest request, CancellationToken cancellationToken) =>
        db.RequireAsync<Counter>(request.CounterId, "counterId", cancellationToken);
}
