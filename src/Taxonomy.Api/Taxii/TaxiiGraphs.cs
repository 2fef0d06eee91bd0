using Taxonomy.Api.Stix;

namespace Taxonomy.Api.Taxii;

/// <summary>
/// The <see cref="TaxiiGraph"/> of each database's current data version (the live one, and each
/// release's copy that a collection is read from), made once per data version (after each write)
/// by the first request that needs it, which the others wait for: a page then reads only the
/// versions it returns, where the STIX bundle loads the context for every request.
/// </summary>
public sealed class TaxiiGraphs(IServiceScopeFactory scopes)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, (string Token, Task<TaxiiGraph> Graph)> _current = new(StringComparer.Ordinal);

    /// <summary>The graph of the database <paramref name="database"/> reads.</summary>
    public Task<TaxiiGraph> OfAsync(DatabaseScope database)
    {
        ArgumentNullException.ThrowIfNull(database);
        var token = database.DataToken();
        lock (_lock)
        {
            if (!_current.TryGetValue(database.ConnectionString, out var current) || current.Token != token || current.Graph.IsFaulted || current.Graph.IsCanceled)
            {
                // Made in a scope of its own and without the request's cancellation, since other requests wait for it too.
                current = (token, Task.Run(async () =>
                {
                    await using var scope = scopes.CreateAsyncScope();
                    var services = scope.ServiceProvider;
                    services.GetRequiredService<DatabaseScope>().ReadAs(database);
                    return await TaxiiGraph.LoadAsync(services.GetRequiredService<StixFeed>(), services.GetRequiredService<TaxonomyDbContext>(), CancellationToken.None);
                }));
                _current[database.ConnectionString] = current;
            }

            return current.Graph;
        }
    }
}
