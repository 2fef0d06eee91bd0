using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Taxonomy.Bench.Synthetic;

namespace Taxonomy.Api.Tests;

/// <summary>
/// The synthetic data set at scale 2, written once through the API's own services (so that its
/// search indexer indexes what is written) and only read by the tests that share it.
/// </summary>
public sealed class SyntheticScaleTwo : IAsyncLifetime
{
    public TaxonomyApiFactory Factory { get; } = new();

    public async ValueTask InitializeAsync() =>
        await SyntheticDataTests.Generator(Factory).WriteAsync(2, TextWriter.Null, TestContext.Current.CancellationToken);

    public ValueTask DisposeAsync() => Factory.DisposeAsync();
}

/// <summary>The synthetic data set the benchmarks use at scale: DISARM's shape, scaled counts, working links and pages.</summary>
public sealed class SyntheticDataTests(SyntheticScaleTwo synthetic) : IClassFixture<SyntheticScaleTwo>
{
    [Fact]
    public async Task ScaleTwoHasTwiceDisarmsCountsAndTwentyMappingsPerIncident()
    {
        using var client = synthetic.Factory.CreateClient();

        Assert.Equal(890, await CountAsync(client, "techniques"));
        Assert.Equal(502, await CountAsync(client, "incidents"));
        Assert.Equal(502 * SyntheticData.MappingsPerIncident, await CountAsync(client, "incident-techniques"));
        Assert.Equal(280, await CountAsync(client, "counters"));
        Assert.Equal(66, await CountAsync(client, "actor-types"));
        Assert.True(await CountAsync(client, "techniques?isSubtechnique=true") > 400);
        Assert.Equal(890, await CountAsync(client, "search?q=synthetic&types=techniques"));
    }

    [Fact]
    public async Task SyntheticObjectsHaveRelationsAndPages()
    {
        using var client = synthetic.Factory.CreateClient();

        var technique = await (await client.GetAsync("/api/v1/techniques/T0166.001?include=all")).ReadJsonAsync(HttpStatusCode.OK);
        var page = await client.GetStringAsync("/generated_pages/techniques/T0166.001.md");
        var incident = await client.GetStringAsync("/generated_pages/incidents/I00251.md");

        Assert.Equal("T0166", (string?)technique["parent"]!["id"]);
        Assert.StartsWith($"# Technique T0166.001: {technique["name"]}", page, StringComparison.Ordinal);
        Assert.Contains("| Technique | Description given for this incident |", incident, StringComparison.Ordinal);
        var pairs = (await (await client.GetAsync("/api/v1/incidents/I00251/techniques")).ReadJsonAsync(HttpStatusCode.OK)).AsArray()
            .Sum(link => link!["mappings"]!.AsArray().Count);
        Assert.True(pairs >= SyntheticData.MappingsPerIncident);
        Assert.Equal(pairs, incident.Split('\n').Count(line => line.StartsWith("| [T", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task AnIndexOfMoreObjectsThanItReadsAtOnceListsEachOnceByIdWithoutAnImport()
    {
        using var client = synthetic.Factory.CreateClient();
        var ids = new List<string>();
        for (var page = 1; page <= 5; page++)
        {
            var techniques = await (await client.GetAsync($"/api/v1/techniques?pageSize=200&page={page}")).ReadJsonAsync(HttpStatusCode.OK);
            ids.AddRange(techniques["items"]!.AsArray().Select(technique => (string)technique!["id"]!));
        }

        // All of them, in more than four of the index's batches of 200.
        Assert.Equal(890, ids.Count);

        var index = await client.GetStringAsync("/generated_pages/techniques_index.md");

        var listed = index.Split('\n').Where(line => line.StartsWith("<td><a href=\"techniques/", StringComparison.Ordinal)).ToList();
        Assert.Equal(ids.Order(StringComparer.Ordinal).Select(id => $"<td><a href=\"techniques/{id}.md\">{id}</a></td>"), listed);
        Assert.EndsWith("</tr>\n</table>\n", index, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GeneratingIntoADatabaseWithDataIsRefused()
    {
        await using var factory = await ImportedDatabase.CopyAsync();
        var synthetic = Generator(factory);
        var before = await DatabaseSnapshot.TakeAsync(factory.DatabasePath);

        await Assert.ThrowsAsync<InvalidOperationException>(() => synthetic.WriteAsync(1, TextWriter.Null, TestContext.Current.CancellationToken));

        DatabaseSnapshot.AssertEqual(before, await DatabaseSnapshot.TakeAsync(factory.DatabasePath));
    }

    /// <summary>Writes through the API's own services, so that its search indexer indexes what is written.</summary>
    internal static SyntheticData Generator(TaxonomyApiFactory factory) => new(factory.Services.GetRequiredService<IServiceScopeFactory>());

    private static async Task<int> CountAsync(HttpClient client, string resource)
    {
        var separator = resource.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        var page = await (await client.GetAsync($"/api/v1/{resource}{separator}pageSize=1")).ReadJsonAsync(HttpStatusCode.OK);
        return (int)page["totalCount"]!;
    }
}
