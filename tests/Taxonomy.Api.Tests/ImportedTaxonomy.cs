using System.Text.Json.Nodes;

namespace Taxonomy.Api.Tests;

/// <summary>
/// One API over its own copy of the real DISARM v1.7, imported through POST /api/v1/imports once
/// per test run (<see cref="ImportedDatabase"/>), for tests that only read.
/// </summary>
public sealed class ImportedTaxonomy : IAsyncLifetime
{
    public TaxonomyApiFactory Factory { get; private set; } = null!;

    /// <summary>The report the import answered with.</summary>
    public JsonNode Report { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Factory = await ImportedDatabase.CopyAsync();
        Report = await ImportedDatabase.ReportAsync();
    }

    public ValueTask DisposeAsync() => Factory?.DisposeAsync() ?? ValueTask.CompletedTask;
}
