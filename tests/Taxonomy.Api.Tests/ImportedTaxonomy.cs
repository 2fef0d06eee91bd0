using System.Net;
using System.Text.Json.Nodes;

namespace Taxonomy.Api.Tests;

/// <summary>One API whose database holds the real DISARM v1.7, imported once through POST /api/v1/imports, for tests that only read.</summary>
public sealed class ImportedTaxonomy : IAsyncLifetime
{
    public TaxonomyApiFactory Factory { get; } = new();

    /// <summary>The report the import answered with.</summary>
    public JsonNode Report { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        using var client = Factory.CreateAdminClient();
        using var form = Workbooks.RealForm();
        Report = await (await client.PostAsync("/api/v1/imports", form)).ReadJsonAsync(HttpStatusCode.Created);
    }

    public ValueTask DisposeAsync() => Factory.DisposeAsync();
}
