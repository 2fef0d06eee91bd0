using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Taxonomy.Api.Tests;

/// <summary>
/// ATT&amp;CK Navigator layers over the real DISARM v1.7. What a layer should hold is read from the
/// workbooks, DISARM's published pages and STIX bundle, or the API's own JSON routes, never from
/// the layers' code.
/// </summary>
public sealed partial class LayersTests(ImportedTaxonomy imported) : IClassFixture<ImportedTaxonomy>
{
    /// <summary>Words of the passage DISARM's page of I00251 quotes for T0166.003 (generated_pages/incidents/I00251.md).</summary>
    private const string PublishedExcerpt = "Ben had secretly been making deepfake pornographic images and videos of women";

    private readonly HttpClient _client = imported.Factory.CreateClient();

    [Fact]
    public async Task IncidentLayerHoldsEachTechniqueWithThePassagesQuotedForIt()
    {
        var known = SheetRows.Read(DisarmData.FrameworksPath, "techniques").Select(row => SheetRows.Id(row.Cells["disarm_id"])).ToHashSet();
        var rows = SheetRows.Read(DisarmData.DataPath, "incidenttechniques").Where(row => SheetRows.Id(row.Cells["incident_id"]) == "I00251").ToList();
        var expectedIds = rows.SelectMany(row => (row.Cells["technique_ids"] ?? "").Split(',').Select(SheetRows.Id)).Where(known.Contains).Distinct().Order(StringComparer.Ordinal).ToList();
        var quoting = rows.Where(row => SubtechniqueId().IsMatch(row.Cells["technique_ids"] ?? "")).ToList();

        var response = await _client.GetAsync("/api/v1/incidents/I00251/layer");
        var layer = await response.ReadJsonAsync(HttpStatusCode.OK);

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        AssertIsALayer(layer);
        Assert.Equal(expectedIds, TechniqueIds(layer));
        var technique = Technique(layer, "T0166.003");
        Assert.Equal("develop-content", (string?)technique["tactic"]);
        Assert.True((bool)technique["enabled"]!);
        Assert.Contains(PublishedExcerpt, (string)technique["comment"]!, StringComparison.Ordinal);
        Assert.NotEmpty(quoting);
        Assert.All(quoting, row => Assert.Contains(row.Cells["name"]!.Trim(), (string)technique["comment"]!, StringComparison.Ordinal));
        Assert.Equal(quoting.Select(row => SheetRows.Id(row.Cells["disarm_id"])).Order(StringComparer.Ordinal), technique["metadata"]!.AsArray().Select(m => (string)m!["value"]!));
        Assert.Equal(quoting.Count, (int)technique["score"]!);
        Assert.Contains(layer["metadata"]!.AsArray(), m => (string?)m!["name"] == "incident" && (string?)m["value"] == "I00251");
    }

    [Theory]
    [InlineData("I99999")]
    [InlineData("T0166")]
    public async Task LayerOfAnUnknownIncidentIsNotFound(string id)
    {
        await (await _client.GetAsync($"/api/v1/incidents/{id}/layer")).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task CounterCoverageScoresEveryTechniqueWithTheCountersThatListIt()
    {
        var counted = await GetAsync("/api/v1/counters?techniqueId=T0002&pageSize=1");
        var uncountered = await GetAsync("/api/v1/techniques/T0166.003?include=counters");
        var all = await AllIdsAsync("/api/v1/techniques");

        var layer = await GetAsync("/api/v1/layers/counter-coverage");

        AssertIsALayer(layer);
        Assert.Equal(all, TechniqueIds(layer));
        Assert.True((int)counted["totalCount"]! > 20, "T0002 should have many counters");
        Assert.Equal((int)counted["totalCount"]!, (int)Technique(layer, "T0002")["score"]!);
        Assert.Empty(uncountered["counters"]!.AsArray());
        Assert.Equal(0, (int)Technique(layer, "T0166.003")["score"]!);
        Assert.Equal(0, (int)layer["gradient"]!["minValue"]!);
        Assert.Equal(layer["techniques"]!.AsArray().Max(t => (int)t!["score"]!), (int)layer["gradient"]!["maxValue"]!);
    }

    [Fact]
    public async Task TacticFilterGivesExactlyTheTechniquesOfTheTactic()
    {
        var expected = await AllIdsAsync("/api/v1/techniques?tacticId=TA06");

        var layer = await GetAsync("/api/v1/layers/techniques?tacticId=ta06");

        AssertIsALayer(layer);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, TechniqueIds(layer));
        Assert.All(layer["techniques"]!.AsArray(), t => Assert.Equal("develop-content", (string?)t!["tactic"]));
    }

    [Fact]
    public async Task SearchGivesTheTechniquesTheSearchFinds()
    {
        var hits = await GetAsync($"/api/v1/search?q={Uri.EscapeDataString("name:bots")}&types=techniques&pageSize=200");
        var expected = hits["items"]!.AsArray().Select(h => (string)h!["id"]!).Order(StringComparer.Ordinal).ToList();

        var layer = await GetAsync($"/api/v1/layers/techniques?q={Uri.EscapeDataString("name:bots")}");

        Assert.NotEmpty(expected);
        Assert.Equal(expected, TechniqueIds(layer));
        Assert.Contains(layer["metadata"]!.AsArray(), m => (string?)m!["name"] == "q" && (string?)m["value"] == "name:bots");
    }

    [Fact]
    public async Task NoFilterGivesEveryTechnique()
    {
        var all = await AllIdsAsync("/api/v1/techniques");

        var layer = await GetAsync("/api/v1/layers/techniques");

        Assert.Equal(all, TechniqueIds(layer));
    }

    [Theory]
    [InlineData("q=%28bots", "q")]
    [InlineData("q=a%2A", "q")]
    [InlineData("tacticId=XX", "tacticId")]
    public async Task MalformedFilterIs400NamingIt(string query, string field)
    {
        await (await _client.GetAsync($"/api/v1/layers/techniques?{query}")).ReadProblemAsync(HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task FilterNamingAnUnknownTacticIsNotFound()
    {
        await (await _client.GetAsync("/api/v1/layers/techniques?tacticId=TA99")).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    /// <summary>The Navigator places a technique under the tactic whose x_mitre_shortname the layer gives, as DISARM's STIX bundle has it.</summary>
    [Fact]
    public async Task EveryTechniqueSitsUnderATacticOfDisarmsBundle()
    {
        var bundle = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(DisarmData.Folder, "stix", "DISARM.json")))!["objects"]!.AsArray();
        var shortnames = bundle.Where(o => (string?)o!["type"] == "x-mitre-tactic").Select(o => (string)o!["x_mitre_shortname"]!).ToHashSet(StringComparer.Ordinal);
        var phases = bundle.Where(o => (string?)o!["type"] == "attack-pattern").ToDictionary(
            o => (string)o!["external_references"]!.AsArray().Single(r => (string?)r!["source_name"] == "mitre-attack")!["external_id"]!,
            o => o!["kill_chain_phases"]!.AsArray().Select(p => (string)p!["phase_name"]!).ToList());

        var layers = new[] { await GetAsync("/api/v1/layers/counter-coverage"), await GetAsync("/api/v1/incidents/I00251/layer"), await GetAsync("/api/v1/layers/techniques?tacticId=TA01") };

        Assert.Equal(15, shortnames.Count);
        Assert.All(layers.SelectMany(layer => layer["techniques"]!.AsArray()), t =>
        {
            Assert.Contains((string)t!["tactic"]!, shortnames);
            if (phases.TryGetValue((string)t["techniqueID"]!, out var phase))
            {
                Assert.Contains((string)t["tactic"]!, phase);
            }
        });
        Assert.Equal(shortnames, layers[0]["techniques"]!.AsArray().Select(t => (string)t!["tactic"]!).ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>Each layer is read from the whole framework, so it is rate-limited as an expensive read, and the document says so.</summary>
    [Theory]
    [InlineData("/api/v1/incidents/{id}/layer")]
    [InlineData("/api/v1/layers/counter-coverage")]
    [InlineData("/api/v1/layers/techniques")]
    public async Task LayerRoutesAreDocumentedAsExpensiveReadsAnsweringALayer(string path)
    {
        var responses = (await GetAsync("/openapi/v1.json"))["paths"]![path]!["get"]!["responses"]!;

        Assert.Equal("#/components/schemas/NavigatorLayer", (string?)responses["200"]!["content"]!["application/json"]!["schema"]!["$ref"]);
        Assert.NotNull(responses["429"]);
        Assert.NotNull(responses["503"]);
    }

    /// <summary>The parts of the layer format 4.5 that every layer carries, with the DISARM Navigator's domain.</summary>
    private static void AssertIsALayer(JsonNode layer)
    {
        Assert.False(string.IsNullOrWhiteSpace((string?)layer["name"]));
        Assert.Equal("4.5", (string?)layer["versions"]!["layer"]);
        Assert.StartsWith("5.", (string?)layer["versions"]!["navigator"], StringComparison.Ordinal);
        Assert.Equal("DISARM", (string?)layer["domain"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)layer["description"]));
        Assert.True(layer["gradient"]!["colors"]!.AsArray().Count >= 2);
        Assert.True((int)layer["gradient"]!["maxValue"]! > (int)layer["gradient"]!["minValue"]!);
        Assert.NotEmpty(layer["legendItems"]!.AsArray());
        Assert.InRange((int)layer["sorting"]!, 0, 3);
        Assert.Contains((string?)layer["layout"]!["layout"], new[] { "side", "flat", "mini" });
        Assert.False((bool)layer["hideDisabled"]!);
        Assert.NotNull(layer["metadata"]!.AsArray());
        Assert.All(layer["techniques"]!.AsArray(), t => Assert.Matches(@"^T\d{4}(\.\d{3})?$", (string?)t!["techniqueID"]));
    }

    private static JsonNode Technique(JsonNode layer, string id) => Assert.Single(layer["techniques"]!.AsArray(), t => (string?)t!["techniqueID"] == id)!;

    private static List<string> TechniqueIds(JsonNode layer) => layer["techniques"]!.AsArray().Select(t => (string)t!["techniqueID"]!).ToList();

    private async Task<JsonNode> GetAsync(string url) => await (await _client.GetAsync(url)).ReadJsonAsync(HttpStatusCode.OK);

    /// <summary>The ids of every item of a paged list, page by page, in the list's order.</summary>
    private async Task<List<string>> AllIdsAsync(string url)
    {
        var ids = new List<string>();
        for (var page = 1; ; page++)
        {
            var list = await GetAsync($"{url}{(url.Contains('?', StringComparison.Ordinal) ? '&' : '?')}pageSize=200&page={page}");
            ids.AddRange(list["items"]!.AsArray().Select(item => (string)item!["id"]!));
            if (page >= (int)list["totalPages"]!)
            {
                return ids;
            }
        }
    }

    [GeneratedRegex(@"\bT0166\.003\b")]
    private static partial Regex SubtechniqueId();
}
