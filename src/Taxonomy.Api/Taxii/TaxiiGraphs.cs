using Taxonomy.Api.Stix;

namespace Taxonomy.Api.Taxii;

/// <summary>
/// The <see cref="TaxiiGraph"/> of the current data version, made once per data version (after each
/// write) by the first request that needs it, which the others wait for: a page then reads only the
/// versions it returns, where the STIX bundle loads the context for every request.
/// </summary>
public sealed class TaxiiGraphs(DataVersion version, IServiceScopeFactory scopes)
{
    private readonly Lock _lock = new();
    private (string Token, Task<TaxiiGraph> Graph)? _current;

    public Task<TaxiiGraph> CurrentAsync()
    {
        var token = version.Current();
        lock (_lock)
        {
            if (_current is not { } current || current.Token != token || current.Graph.IsFaulted || current.Graph.IsCanceled)
            {
                // Made in a scope of its own and without the request's cancellation, since other requests wait for it too.
                current = (token, Task.Run(async () =>
                {
                    await using var scope = scopes.CreateAsyncScope();
                    var services = scope.ServiceProvider;
                    return await TaxiiGraph.LoadAsync(services.GetRequiredService<StixFeed>(), services.GetRequiredService<TaxonomyDbContext>(), CancellationToken.None);
                }));
                _current = current;
            }

            return current.Graph;
        }
    }
}
