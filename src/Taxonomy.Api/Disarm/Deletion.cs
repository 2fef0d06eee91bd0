
namespace Taxonomy.Api.Disarm;

/// <summary>
/// Deletes an object only when nothing else references it; otherwise answers 409 naming every
/// referrer, so that curated links are never lost by accident.
/// </summary>
public sealed class Deletion(TaxonomyDbContext db, ReferrerFinder referrers)
{
    public async Task<NoContentResult> DeleteAsync<T>(string routeId, CancellationToken cancellationToken)
        where T : class
    {
        var id = Lookups.RouteId<T>(routeId);
        var found = await referrers.FindAsync<T>(id, cancellationToken);
        if (found.Count > 0)
        {
            var byResource = found.ToDictionary(r => DisarmTypes.Of(r.EntityType)!.Resource, r => r.Ids);
            var who = string.Join("; ", byResource.Select(r => $"{r.Key} {string.Join(", ", r.Value)}"));
            throw new ConflictException($"{DisarmTypes.Of<T>().Kind} {id} is still referenced by {who}. Change or delete those first.", byResource);
        }

        // Removed through the change tracker, not ExecuteDelete, so that saving also removes the
        // object's search entry.
        var entity = await db.Set<T>().SingleOrDefaultAsync(e => EF.Property<string>(e, "Id") == id, cancellationToken)
            ?? throw Lookups.NotFound<T>(id);
        db.Remove(entity);
        await db.SaveChangesAsync(cancellationToken);
        return new NoContentResult();
    }
}
