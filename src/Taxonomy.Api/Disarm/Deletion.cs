
namespace Taxonomy.Api.Disarm;

/// <summary>
/// Deletes an object only when nothing else references it; otherwise answers 409 naming every
/// referrer, so that curated links are never lost by accident.
/// </summary>
public sealed class Deletion(TaxonomyDbContext db, ReferrerFinder referrers)
{
    /// <param name="routeId">The id the URL names.</param>
    /// <param name="writable">The objects, tracked, with the links a version of the deleted object shows.</param>
    /// <param name="check">Checks the object found before it is deleted (its preconditions).</param>
    /// <param name="cancellationToken">Cancels the deletion.</param>
    public async Task DeleteAsync<T>(string routeId, Func<TaxonomyDbContext, IQueryable<T>> writable, Action<T> check, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(writable);
        ArgumentNullException.ThrowIfNull(check);
        var id = Lookups.RouteId<T>(routeId);
        var entity = await writable(db).SingleOrDefaultAsync(Lookups.Is<T>(id), cancellationToken) ?? throw Lookups.NotFound<T>(id);
        check(entity);
        var found = await referrers.FindAsync<T>(db.Entry(entity).Property("Id").CurrentValue!, cancellationToken);
        if (found.Count > 0)
        {
            var byResource = found.ToDictionary(r => DisarmTypes.Of(r.EntityType)!.Resource, r => r.Ids);
            var who = string.Join("; ", byResource.Select(r => $"{r.Key} {string.Join(", ", r.Value)}"));
            throw new ConflictException($"{DisarmTypes.Of<T>().Kind} {id} is still referenced by {who}. Change or delete those first.", byResource);
        }

        // Removed through the change tracker, not ExecuteDelete, so that saving also removes the
        // object's search entry and keeps a version of it as it was.
        db.Remove(entity);
        await db.SaveChangesAsync(cancellationToken);
    }
}
