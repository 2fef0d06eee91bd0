using Microsoft.AspNetCore.RateLimiting;
using Taxonomy.Api.Limits;
using Taxonomy.Api.OpenApi;
namespace Taxonomy.Api.Grids;

/// <summary>DISARM's framework grids: every tactic in DISARM's order, with what sits under it.</summary>
[ApiController]
[Route("api/v1/grids")]
[EnableRateLimiting(ExpensiveReads.Policy)]
public sealed class GridsController(TaxonomyDbContext db) : ControllerBase
{
    /// <summary>The red framework: tactics in rank order, each with its techniques and their sub-techniques.</summary>
    [HttpGet("red")]
    [ProducesResponseType<IReadOnlyList<RedGridColumn>>(StatusCodes.Status200OK)]
    [OperationId("getRedGrid")]
    public async Task<IReadOnlyList<RedGridColumn>> Red(CancellationToken cancellationToken)
    {
        var techniques = (await db.Techniques.AsNoTracking().Where(t => t.ParentId == null).OrderBy(t => t.Id)
                .Select(t => new { t.TacticId, t.Id, t.Name }).ToListAsync(cancellationToken))
            .ToLookup(t => t.TacticId, t => new NamedObject(t.Id, t.Name));
        var trees = (await db.TechniqueTreesAsync(techniques.SelectMany(t => t).ToList(), cancellationToken)).ToDictionary(t => t.Id);
        return (await TacticsAsync(cancellationToken))
            .Select(t => new RedGridColumn(t.Id, t.Name, t.PhaseId, t.Rank, techniques[t.Id].Select(technique => trees[technique.Id]).ToList()))
            .ToList();
    }

    /// <summary>The blue framework: tactics in rank order, each with the counters of its stage.</summary>
    [HttpGet("blue")]
    [ProducesResponseType<IReadOnlyList<BlueGridColumn>>(StatusCodes.Status200OK)]
    [OperationId("getBlueGrid")]
    public async Task<IReadOnlyList<BlueGridColumn>> Blue(CancellationToken cancellationToken)
    {
        var counters = (await db.Counters.AsNoTracking().Where(c => c.TacticId != null)
                .OrderBy(c => c.Id)
                .Select(c => new { TacticId = c.TacticId!, Link = new CounterLink(c.Id, c.Name, c.ResponseTypeId, c.ResponseType == null ? null : c.ResponseType.Name) })
                .ToListAsync(cancellationToken))
            .ToLookup(c => c.TacticId, c => c.Link);
        return (await TacticsAsync(cancellationToken))
            .Select(t => new BlueGridColumn(t.Id, t.Name, t.PhaseId, t.Rank, counters[t.Id].ToList()))
            .ToList();
    }

    private Task<List<Domain.Tactic>> TacticsAsync(CancellationToken cancellationToken) =>
        db.Tactics.AsNoTracking().OrderBy(t => t.Rank).ThenBy(t => t.Id).ToListAsync(cancellationToken);
}
