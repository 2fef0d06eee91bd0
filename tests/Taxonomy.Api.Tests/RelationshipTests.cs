using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Taxonomy.Api.Tests;

/// <summary>
/// Relationship queries on the real DISARM v1.7 data. Expected ids come from DISARM's own
/// published pages and from a plain reading of the workbooks, never from the API's code.
/// </summary>
public sealed partial class RelationshipTests(ImportedTaxonomy imported) : IClassFixture<ImportedTaxonomy>
{
    private readonly HttpClient _client = imported.Factory.CreateClient();

    [Fact]
    public async Task TechniqueWithAllRelationsShowsWhereItSitsAndWhatShowsIt()
    {
        var technique = await GetAsync("/api/v1/techniques/T0166.003?include=all");

        Assert.Equal("TA06", (string?)technique["tactic"]!["id"]);
        Assert.Equal("Develop Content", (string?)technique["tactic"]!["name"]);
        Assert.Equal("T0166", (string?)technique["parent"]!["id"]);
        Assert.Equal("AI-Generated Content", (string?)technique["parent"]!["name"]);
        Assert.Empty(technique["subtechniques"]!.AsArray());
        Assert.Equal(["T0161.004", "T0162.006", "T0166.002"], Ids(technique["associatedTechniques"]!, "techniqueId"));
        var incident = Assert.Single(technique["incidents"]!.AsArray(), i => (string?)i!["incidentId"] == "I00251")!;
        Assert.Equal("I00251", (string?)incident["incidentId"]);
        var expected = SheetRows.Read(DisarmData.DataPath, "incidenttechniques")
            .Single(row => SheetRows.Id(row.Cells["incident_id"]) == "I00251" && SubtechniqueId().IsMatch(row.Cells["technique_ids"] ?? ""));
        Assert.Equal(expected.Cells["name"], (string?)Assert.Single(incident["mappings"]!.AsArray())!["description"]);
        Assert.Empty(technique["counters"]!.AsArray());
    }

    [Fact]
    public async Task TechniqueIncludesItsSubtechniquesAndCounters()
    {
        var expectedSubtechniques = SheetRows.Read(DisarmData.FrameworksPath, "techniques")
            .Select(row => SheetRows.Id(row.Cells["disarm_id"])).Where(id => id.StartsWith("T0166.", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();

        var expectedCounters = SheetRows.Read(DisarmData.FrameworksPath, "countermeasures")
            .Where(row => T0002().IsMatch(row.Cells["techniques"] ?? "")).Select(row => SheetRows.Id(row.Cells["disarm_id"])).Order(StringComparer.Ordinal).ToList();

        var technique = await GetAsync("/api/v1/techniques/t0166?include=subtechniques,counters");
        var withCounters = await GetAsync("/api/v1/techniques/T0002?include=counters");

        Assert.Equal(expectedSubtechniques, Ids(technique["subtechniques"]!, "id"));
        Assert.Null(technique["parent"]);
        Assert.Null(technique["incidents"]);
        Assert.True(expectedCounters.Count > 20, $"The sheet reading found only {expectedCounters.Count} counters of T0002.");
        Assert.Equal(expectedCounters, Ids(withCounters["counters"]!, "id"));
        Assert.All(withCounters["counters"]!.AsArray(), counter => Assert.False(string.IsNullOrEmpty((string?)counter!["responseTypeName"])));
    }

    [Fact]
    public async Task TechniqueWithoutIncludeHasNoRelations()
    {
        var technique = await GetAsync("/api/v1/techniques/T0166.003");

        Assert.Null(technique["tactic"]);
        Assert.Null(technique["associatedTechniques"]);
        Assert.Equal("TA06", (string?)technique["tacticId"]);
    }

    [Fact]
    public async Task UnknownRelationIsABadRequest()
    {
        var problem = await (await _client.GetAsync("/api/v1/techniques/T0166.003?include=tactic,friends")).ReadBadRequestAsync("include");

        Assert.Contains("friends", problem.ErrorsFor("include")[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task RelationsOfAnUnknownTechniqueAreNotFound()
    {
        await (await _client.GetAsync("/api/v1/techniques/T9999?include=all")).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    private async Task<JsonNode> GetAsync(string url) => await (await _client.GetAsync(url)).ReadJsonAsync(HttpStatusCode.OK);

    private static List<string> Ids(JsonNode list, string field) => list.AsArray().Select(item => (string)item![field]!).ToList();

    [GeneratedRegex(@"\bT0166\.003\b")]
    private static partial Regex SubtechniqueId();

    // T0002 itself, not T0002.001 or T00021.
    [GeneratedRegex(@"(?<![A-Za-z0-9.])T0002(?![0-9]|\.[0-9])")]
    private static partial Regex T0002();
}
