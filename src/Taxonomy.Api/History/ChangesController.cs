using Taxonomy.Api.OpenApi;

namespace Taxonomy.Api.History;

/// <summary>
/// Every change to the taxonomy, in the order it was committed: for integrators that copy the
/// framework and want only what changed since they last looked.
/// </summary>
[ApiController]
[Route("api/v1/changes")]
public sealed class ChangesController(TaxonomyDbContext db) : ControllerBase
{
    /// <summary>
    /// Lists changes in commit order, after a cursor. Follow next until it is null (a page with
    /// nothing new), keep the last next you were given, and poll with it later: every change
    /// shows exactly once, however the writes interleave.
    /// </summary>
    [HttpGet]
    [OperationId("listChanges")]
    public async Task<ChangePage> List([FromQuery(Name = "")] ChangeQuery query, CancellationToken cancellationToken)
    {
        var after = query.Position()!.Value;
        var types = query.RequestedTypes();
        var size = query.PageSize ?? ChangeQuery.DefaultPageSize;

        // SQLite lets one writer commit at a time and numbers each change as it writes it, so a
        // change never becomes visible behind one a reader has already passed.
        var rows = await db.Versions.AsNoTracking()
            .Where(v => v.Id > after && (types.Count == 0 || types.Contains(v.Type)))
            .OrderBy(v => v.Id)
            .Take(size)
            .Select(v => new { v.Id, Change = new Change(v.Type, v.ObjectId, v.Number, v.Kind.ToString(), v.Modified, v.ChangedBy) })
            .ToListAsync(cancellationToken);
        var latest = await db.Versions.MaxAsync(v => (long?)v.Id, cancellationToken);
        var next = rows.Count > 0 ? ChangeCursor.Write(rows[^1].Id) : null;
        return new ChangePage(rows.Select(row => row.Change).ToList(), next, latest is { } position ? ChangeCursor.Write(position) : null);
    }
}
