using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Taxonomy.Infrastructure.Catalog;
using Taxonomy.Infrastructure.Persistence;

namespace Taxonomy.Infrastructure.History;

/// <summary>
/// Gives every object stored before versions were kept its first version, as it stands: its
/// history starts there, and writes can check its version from then on. Runs at start; with
/// nothing to do (a database whose objects all have versions) it costs a query per type.
/// </summary>
public static class Baselines
{
    private const int Chunk = 2_000;

    /// <returns>How many objects were given their first version.</returns>
    public static async Task<int> KeepBaselineVersionsAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        var kept = 0;
        foreach (var type in DisarmTypes.All)
        {
            string? after = null;
            while (true)
            {
                await using var scope = services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<TaxonomyDbContext>();
                var unversioned = await type.UnversionedAsync(db, after, Chunk, cancellationToken);
                if (unversioned.Count == 0)
                {
                    break;
                }

                after = type.KeyOf(unversioned[^1]);

                db.Changes.Author = "upgrade";
                db.Changes.Kind = ChangeKind.Baseline;
                foreach (var entity in unversioned)
                {
                    db.Entry(entity).State = EntityState.Modified;
                }

                await db.SaveChangesAsync(cancellationToken);
                kept += unversioned.Count;
            }
        }

        return kept;
    }
}
