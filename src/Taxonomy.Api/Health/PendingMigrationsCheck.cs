using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Taxonomy.Api.Health;

/// <summary>
/// Unhealthy while the database lacks a migration this build expects. The API applies them at
/// start, so this finds a database another process turned back or replaced meanwhile: answers
/// from it would fail or be wrong.
/// </summary>
internal sealed class PendingMigrationsCheck(TaxonomyDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        return pending.Count == 0
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy($"{pending.Count} migration(s) not applied: {string.Join(", ", pending)}.");
    }
}
