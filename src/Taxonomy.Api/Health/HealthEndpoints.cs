using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Taxonomy.Api.Health;

/// <summary>
/// /health/live answers 200 while the process serves requests, checking nothing else, so that an
/// orchestrator restarts the API only when it is stuck; /health/ready answers 200 only when the
/// database opens and has every migration, so that traffic waits for it. /health is ready's alias,
/// as it was the only one before.
/// </summary>
internal static class HealthEndpoints
{
    private const string Ready = "ready";

    public static void AddTaxonomyHealthChecks(this IServiceCollection services) =>
        services.AddHealthChecks()
            .AddDbContextCheck<TaxonomyDbContext>("database", tags: [Ready])
            .AddCheck<PendingMigrationsCheck>("migrations", tags: [Ready]);

    public static void MapTaxonomyHealthChecks(this IEndpointRouteBuilder endpoints)
    {
        var ready = new HealthCheckOptions { Predicate = check => check.Tags.Contains(Ready) };
        endpoints.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        endpoints.MapHealthChecks("/health/ready", ready);
        endpoints.MapHealthChecks("/health", ready);
    }
}
