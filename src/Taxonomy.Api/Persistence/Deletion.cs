using Microsoft.EntityFrameworkCore;
using Taxonomy.Api.Errors;
using Taxonomy.Domain;
using Taxonomy.Infrastructure.Persistence;

namespace Taxonomy.Api.Persistence;

/// <summary>
/// Deletes an object only when nothing else references it; otherwise answers 409 naming every
/// referrer, so that curated links are never lost by accident.
/// </summary>
public sealed class Deletion(TaxonomyDbContext db, ReferrerFinder referrers)
{
    public async Task DeleteAsync<T>(DisarmIdFormat format, string routeId, CancellationToken cancellationToken)
        where T : class
    {
        var id = Lookups.RouteId(format, routeId);
        var found = await referrers.FindAsync<T>(id, cancellationToken);
        if (found.Count > 0)
        {
            var byResource = found.ToDictionary(r => ResourceNames.Of(r.EntityType), r => r.Ids);
            var who = string.Join("; ", byResource.Select(r => $"{r.Key} {string.Join(", ", r.Value)}"));
            throw new ConflictException($"{format.Kind} {id} is still referenced by {who}. Change or delete those first.", byResource);
        }

        // Removed through the change tracker, not ExecuteDelete, so that saving also drops the
        // object's workbook row and the pages stop showing it.
        var entity = await db.Set<T>().SingleOrDefaultAsync(e => EF.Property<string>(e, "Id") == id, cancellationToken)
            ?? throw new ResourceNotFoundException($"There is no {format.Kind} {id}.");
        db.Remove(entity);
        await db.SaveChangesAsync(cancellationToken);
    }
}
