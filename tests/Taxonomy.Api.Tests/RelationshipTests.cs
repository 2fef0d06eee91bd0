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
    public async Task IncludeGivenTwiceIsOneList()
    {
        var technique = await GetAsync("/api/v1/techniques/T0166.003?include=tactic&include=parent");

        Assert.Equal("TA06", (string?)technique["tactic"]!["id"]);
        Assert.Equal("T0166", (string?)technique["parent"]!["id"]);
        Assert.Null(technique["incidents"]);
    }

    [Fact]
    public async Task APageNumberGivenTwiceIsABadRequest()
    {
        var response = await _client.GetAsync("/api/v1/techniques?page=1&page=2");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
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

    [Fact]
    public async Task TacticListsItsTechniquesAsATree()
    {
        var techniques = SheetRows.Read(DisarmData.FrameworksPath, "techniques").Select(row => (Id: SheetRows.Id(row.Cells["disarm_id"]), Tactic: SheetRows.Id(row.Cells["tactic_id"]))).ToList();
        var expected = techniques.Where(t => t.Tactic == "TA06" && !t.Id.Contains('.', StringComparison.Ordinal)).Select(t => t.Id).Order(StringComparer.Ordinal).ToList();

        var tree = await GetAsync("/api/v1/tactics/TA06/techniques?pageSize=200");

        Assert.Equal(expected, Ids(tree["items"]!, "id"));
        Assert.All(tree["items"]!.AsArray(), node => Assert.Equal(
            techniques.Where(t => t.Id.StartsWith((string)node!["id"]! + ".", StringComparison.Ordinal)).Select(t => t.Id).Order(StringComparer.Ordinal),
            Ids(node!["subtechniques"]!, "id")));
    }

    [Fact]
    public async Task PhaseListsItsTacticsInRankOrder()
    {
        var expected = SheetRows.Read(DisarmData.FrameworksPath, "tactics").Where(row => SheetRows.Id(row.Cells["phase_id"]) == "P01")
            .OrderBy(row => double.Parse(row.Cells["rank"]!, System.Globalization.CultureInfo.InvariantCulture)).Select(row => SheetRows.Id(row.Cells["disarm_id"])).ToList();

        var tactics = await GetAsync("/api/v1/phases/P01/tactics");

        Assert.Equal(expected, Ids(tactics, "id"));
        Assert.NotEmpty(expected);
    }

    [Fact]
    public async Task IncidentListsItsTechniquesWithTheirPassagesAndItsSources()
    {
        var known = SheetRows.Read(DisarmData.FrameworksPath, "techniques").Select(row => SheetRows.Id(row.Cells["disarm_id"])).ToHashSet();
        var rows = SheetRows.Read(DisarmData.DataPath, "incidenttechniques").Where(row => SheetRows.Id(row.Cells["incident_id"]) == "I00251").ToList();
        var expected = rows.SelectMany(row => (row.Cells["technique_ids"] ?? "").Split(',').Select(SheetRows.Id)).Where(known.Contains).Distinct().Order(StringComparer.Ordinal).ToList();
        var urls = SheetRows.Read(DisarmData.DataPath, "incidents").Single(row => SheetRows.Id(row.Cells["disarm_id"]) == "I00251").Cells["urls"]!
            .Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries).ToList();
        var described = SheetRows.Read(DisarmData.DataPath, "urls").Select(row => row.Cells["url_id"]?.Trim()).ToHashSet();

        var techniques = await GetAsync("/api/v1/incidents/I00251/techniques");
        var references = await GetAsync("/api/v1/incidents/I00251/references");

        Assert.Equal(expected, Ids(techniques, "techniqueId"));
        Assert.All(techniques.AsArray(), t => Assert.NotEmpty(t!["mappings"]!.AsArray()));
        Assert.Equal(urls, Ids(references, "url"));
        Assert.All(references.AsArray(), r => Assert.Equal(described.Contains((string)r!["url"]!), r["referenceId"] is not null));
    }

    [Fact]
    public async Task CounterRelationsNameEverythingItLinksTo()
    {
        var row = SheetRows.Read(DisarmData.FrameworksPath, "countermeasures").Single(r => SheetRows.Id(r.Cells["disarm_id"]) == "C00006").Cells;

        var relations = await GetAsync("/api/v1/counters/C00006/relations");

        Assert.Equal("TA01", (string?)relations["tactic"]!["id"]);
        Assert.Equal("M004", (string?)relations["metatechnique"]!["id"]);
        Assert.Equal(SheetRows.Id(row["responsetype"]), (string?)relations["responseType"]!["id"]);
        Assert.Equal(["A033"], Ids(relations["actorTypes"]!, "id"));
        var known = SheetRows.Read(DisarmData.FrameworksPath, "techniques").Select(r => SheetRows.Id(r.Cells["disarm_id"])).ToHashSet();
        Assert.Equal(TechniqueIdsIn(row["techniques"]).Where(known.Contains), Ids(relations["techniques"]!, "id"));
    }

    [Fact]
    public async Task ActorTypeAndMetatechniqueListTheirCounters()
    {
        var counters = SheetRows.Read(DisarmData.FrameworksPath, "countermeasures");
        var ofActorType = counters.Where(r => (r.Cells["actortypes"] ?? "").Split(',').Any(a => SheetRows.Id(a).StartsWith("A033", StringComparison.Ordinal)))
            .Select(r => SheetRows.Id(r.Cells["disarm_id"])).Order(StringComparer.Ordinal).ToList();
        var ofMetatechnique = counters.Where(r => SheetRows.Id(r.Cells["metatechnique"]).StartsWith("M005", StringComparison.Ordinal))
            .Select(r => SheetRows.Id(r.Cells["disarm_id"])).Order(StringComparer.Ordinal).ToList();

        var actorType = await GetAsync("/api/v1/actor-types/A033/counters?pageSize=200");
        var metatechnique = await GetAsync("/api/v1/metatechniques/M005/counters?pageSize=200");

        Assert.NotEmpty(ofActorType);
        Assert.NotEmpty(ofMetatechnique);
        Assert.Equal(ofActorType, Ids(actorType["items"]!, "id"));
        Assert.Equal(ofMetatechnique, Ids(metatechnique["items"]!, "id"));
    }

    [Fact]
    public async Task BulkMappingsFilterByTechniqueWithSubtechniquesAndByTactic()
    {
        var tactics = SheetRows.Read(DisarmData.FrameworksPath, "techniques").ToDictionary(row => SheetRows.Id(row.Cells["disarm_id"]), row => SheetRows.Id(row.Cells["tactic_id"]));
        var incidents = SheetRows.Read(DisarmData.DataPath, "incidents").Select(row => SheetRows.Id(row.Cells["disarm_id"])).ToHashSet();
        var mappings = SheetRows.Read(DisarmData.DataPath, "incidenttechniques")
            .Where(row => incidents.Contains(SheetRows.Id(row.Cells["incident_id"])))
            .Select(row => (Id: SheetRows.Id(row.Cells["disarm_id"]), Techniques: (row.Cells["technique_ids"] ?? "").Split(',').Select(SheetRows.Id).Where(tactics.ContainsKey).ToList()))
            .Where(m => m.Id.Length > 0 && m.Techniques.Count > 0).ToList();
        var ofFamily = mappings.Where(m => m.Techniques.Any(t => t == "T0166" || t.StartsWith("T0166.", StringComparison.Ordinal))).Select(m => m.Id).Order(StringComparer.Ordinal).ToList();
        var ofTactic = mappings.Where(m => m.Techniques.Any(t => tactics[t] == "TA06")).Select(m => m.Id).Order(StringComparer.Ordinal).ToList();

        var family = await GetAsync("/api/v1/incident-techniques?techniqueId=T0166&includeSubtechniques=true&pageSize=200");
        var onlyParent = await GetAsync("/api/v1/incident-techniques?techniqueId=T0166&pageSize=200");
        var tactic = await GetAsync("/api/v1/incident-techniques?tacticId=TA06&pageSize=200");

        Assert.Equal(ofFamily, Ids(family["items"]!, "id"));
        Assert.True((int)onlyParent["totalCount"]! < ofFamily.Count);
        Assert.Equal(ofTactic, Ids(tactic["items"]!, "id"));
    }

    [Fact]
    public async Task RedAndBlueGridsHaveEveryTacticInRankOrder()
    {
        var tactics = SheetRows.Read(DisarmData.FrameworksPath, "tactics")
            .OrderBy(row => double.Parse(row.Cells["rank"]!, System.Globalization.CultureInfo.InvariantCulture)).Select(row => SheetRows.Id(row.Cells["disarm_id"])).ToList();
        var ta06 = SheetRows.Read(DisarmData.FrameworksPath, "techniques").Where(row => SheetRows.Id(row.Cells["tactic_id"]) == "TA06")
            .Select(row => SheetRows.Id(row.Cells["disarm_id"])).Where(id => !id.Contains('.', StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        var ta01Counters = SheetRows.Read(DisarmData.FrameworksPath, "countermeasures").Where(row => SheetRows.Id(row.Cells["tactic"]).StartsWith("TA01", StringComparison.Ordinal))
            .Select(row => SheetRows.Id(row.Cells["disarm_id"])).Order(StringComparer.Ordinal).ToList();

        var red = await GetAsync("/api/v1/grids/red");
        var blue = await GetAsync("/api/v1/grids/blue");

        Assert.Equal(tactics, Ids(red, "tacticId"));
        Assert.Equal(tactics, Ids(blue, "tacticId"));
        Assert.Equal(ta06, Ids(red.AsArray().Single(c => (string?)c!["tacticId"] == "TA06")!["techniques"]!, "id"));
        Assert.Equal(ta01Counters, Ids(blue.AsArray().Single(c => (string?)c!["tacticId"] == "TA01")!["counters"]!, "id"));
    }

    [Theory]
    [InlineData("/api/v1/tactics/TA99/techniques")]
    [InlineData("/api/v1/phases/P09/tactics")]
    [InlineData("/api/v1/incidents/I99999/techniques")]
    [InlineData("/api/v1/incidents/I99999/references")]
    [InlineData("/api/v1/counters/C99999/relations")]
    [InlineData("/api/v1/actor-types/A999/counters")]
    [InlineData("/api/v1/metatechniques/M999/counters")]
    [InlineData("/api/v1/incident-techniques?tacticId=TA99")]
    [InlineData("/api/v1/counters/not-an-id/relations")]
    public async Task RelationsOfAnUnknownObjectAreNotFound(string url)
    {
        await (await _client.GetAsync(url)).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task IncludeSubtechniquesWithoutATechniqueIsABadRequest()
    {
        await (await _client.GetAsync("/api/v1/incident-techniques?includeSubtechniques=true")).ReadBadRequestAsync("includeSubtechniques");
    }

    private static List<string> TechniqueIdsIn(string? text) =>
        AnyTechniqueId().Matches(text ?? "").Select(m => m.Value).Distinct().Order(StringComparer.Ordinal).ToList();

    private async Task<JsonNode> GetAsync(string url) => await (await _client.GetAsync(url)).ReadJsonAsync(HttpStatusCode.OK);

    private static List<string> Ids(JsonNode list, string field) => list.AsArray().Select(item => (string)item![field]!).ToList();

    [GeneratedRegex(@"\bT0166\.003\b")]
    private static partial Regex SubtechniqueId();

    [GeneratedRegex(@"(?<![A-Za-z0-9.])T[0-9]{4}(\.[0-9]{3})?(?![0-9A-Za-z])")]
    private static partial Regex AnyTechniqueId();

    // T0002 itself, not T0002.001 or T00021.
    [GeneratedRegex(@"(?<![A-Za-z0-9.])T0002(?![0-9]|\.[0-9])")]
    private static partial Regex T0002();
}
