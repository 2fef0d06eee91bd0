using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Taxonomy.Api.Tests;

/// <summary>The real DISARM v1.7 workbooks, imported through the API.</summary>
public sealed partial class ImportTests(ImportedTaxonomy imported) : IClassFixture<ImportedTaxonomy>
{
    private readonly HttpClient _client = imported.Factory.CreateClient();

    [Theory]
    [InlineData("phases", 4)]
    [InlineData("tactics", 15)]
    [InlineData("techniques", 445)]
    [InlineData("tasks", 42)]
    [InlineData("incidents", 251)]
    [InlineData("counters", 140)]
    [InlineData("detections", 95)]
    [InlineData("actor-types", 33)]
    [InlineData("metatechniques", 14)]
    [InlineData("response-types", 7)]
    [InlineData("resources", 6)]
    [InlineData("sectors", 10)]
    [InlineData("frameworks", 3)]
    public async Task ImportStoresEveryObjectOfTheRelease(string resource, int count)
    {
        var page = await (await _client.GetAsync($"/api/v1/{resource}?pageSize=1")).ReadJsonAsync(HttpStatusCode.OK);

        Assert.Equal(count, (int)page["totalCount"]!);
        var type = TypeCount(imported.Report, resource);
        Assert.Equal(count, (int)type["inRelease"]!);
        Assert.Equal(count, (int)type["created"]!);
    }

    [Fact]
    public async Task SubtechniqueSitsUnderItsParentInTheParentsTactic()
    {
        var technique = await (await _client.GetAsync("/api/v1/techniques/T0166.003")).ReadJsonAsync(HttpStatusCode.OK);

        Assert.Equal("T0166", (string?)technique["parentId"]);
        Assert.Equal("TA06", (string?)technique["tacticId"]);
        Assert.True((bool)technique["isSubtechnique"]!);
        Assert.True((bool)technique["inLatestImport"]!);
    }

    [Fact]
    public async Task SubtechniqueIsMappedToIncidentWithTheWorkbooksDescription()
    {
        var expected = SheetRows.Read(DisarmData.DataPath, "incidenttechniques")
            .Single(row => SheetRows.Id(row.Cells["incident_id"]) == "I00251" && Regex.IsMatch(row.Cells["technique_ids"] ?? "", @"\bT0166\.003\b"));

        var mappings = await (await _client.GetAsync("/api/v1/incident-techniques?incidentId=I00251&techniqueId=T0166.003")).ReadJsonAsync(HttpStatusCode.OK);

        var mapping = Assert.Single(mappings["items"]!.AsArray());
        Assert.Equal(SheetRows.Id(expected.Cells["disarm_id"]), (string?)mapping!["id"]);
        Assert.Equal(expected.Cells["name"], (string?)mapping["description"]);
    }

    /// <summary>
    /// Derives every incident→technique pair from the sheet by a plain reading, and checks that
    /// each is stored when both ends exist in the release and is reported otherwise.
    /// </summary>
    [Fact]
    public async Task EveryIncidentTechniquePairIsStoredOrReported()
    {
        var techniques = Ids(DisarmData.FrameworksPath, "techniques");
        var incidents = Ids(DisarmData.DataPath, "incidents");
        var stored = (await ReadAllAsync("/api/v1/incident-techniques"))
            .ToDictionary(m => (string)m["id"]!, m => m["techniqueIds"]!.AsArray().Select(t => (string)t!).ToHashSet());
        var reportedRows = ReportedRows("incidenttechniques");

        var pairs = 0;
        foreach (var (row, cells) in SheetRows.Read(DisarmData.DataPath, "incidenttechniques"))
        {
            var id = SheetRows.Id(cells["disarm_id"]);
            var resolvable = (cells["technique_ids"] ?? "").Split(',').Select(SheetRows.Id)
                .Where(t => techniques.Contains(t) && incidents.Contains(SheetRows.Id(cells["incident_id"]))).ToList();
            var unresolvable = (cells["technique_ids"] ?? "").Split(',').Select(SheetRows.Id).Except(resolvable).ToList();
            foreach (var techniqueId in resolvable)
            {
                Assert.True(stored.TryGetValue(id, out var linked) && linked.Contains(techniqueId), $"Row {row}: {id} → {techniqueId} is not stored.");
                pairs++;
            }

            Assert.True(unresolvable.Count == 0 && id.Length > 0 || reportedRows.Contains(row), $"Row {row} ({id}) names {string.Join(", ", unresolvable)} but the report does not mention the row.");
        }

        Assert.True(pairs > 300, $"Only {pairs} pairs were checked; the sheet reading is off.");
    }

    [Fact]
    public async Task EveryAssociatedTechniqueIsStoredOrReported()
    {
        var techniques = Ids(DisarmData.FrameworksPath, "techniques");
        var stored = (await ReadAllAsync("/api/v1/associated-techniques")).ToDictionary(a => (string)a["id"]!);
        var reportedRows = ReportedRows("associatedtechniques");

        foreach (var (row, cells) in SheetRows.Read(DisarmData.DataPath, "associatedtechniques"))
        {
            var id = SheetRows.Id(cells["disarm_id"]);
            var (from, to) = (SheetRows.Id(cells["technique_id"]), SheetRows.Id(cells["associated_technique_id"]));
            if (techniques.Contains(from) && techniques.Contains(to))
            {
                Assert.True(stored.TryGetValue(id, out var association), $"Row {row}: {id} is not stored.");
                Assert.Equal(from, (string?)association["techniqueId"]);
                Assert.Equal(to, (string?)association["associatedTechniqueId"]);
                Assert.Equal(cells["description"], (string?)association["description"]);
            }
            else
            {
                Assert.Contains(row, reportedRows);
            }
        }

        Assert.Equal(stored.Count, (int)TypeCount(imported.Report, "associated-techniques")["inRelease"]!);
    }

    [Fact]
    public async Task ReportIsKeptAndCanBeReadAgain()
    {
        var id = (int)imported.Report["id"]!;

        var report = await (await _client.GetAsync($"/api/v1/imports/{id}")).ReadJsonAsync(HttpStatusCode.OK);
        var list = await (await _client.GetAsync("/api/v1/imports")).ReadJsonAsync(HttpStatusCode.OK);

        Assert.Equal(imported.Report["types"]!.ToJsonString(), report["types"]!.ToJsonString());
        Assert.Equal(imported.Report["issues"]!.AsArray().Count, report["issues"]!.AsArray().Count);
        Assert.Contains(list["items"]!.AsArray(), item => (int)item!["id"]! == id);
    }

    [Fact]
    public async Task ReportNamesSheetRowColumnAndIdOfEachIssue()
    {
        var issues = imported.Report["issues"]!.AsArray();

        // Real dirt the README of the shared data describes: counters naming retired techniques,
        // and mapping rows with no id at all.
        Assert.Contains(issues, issue => (string?)issue!["kind"] == "dangling-reference" && (string?)issue["sheet"] == "countermeasures"
            && (string?)issue["id"] == "C00022" && ((string?)issue["column"])!.StartsWith("techniques", StringComparison.Ordinal) && (int)issue["row"]! > 1);
        Assert.Contains(issues, issue => (string?)issue!["kind"] == "missing-id" && (string?)issue["sheet"] == "incidenttechniques");
        Assert.All(issues, issue => Assert.False(string.IsNullOrWhiteSpace((string?)issue!["action"])));
    }

    [Fact]
    public async Task UnknownImportIsNotFound()
    {
        await (await _client.GetAsync("/api/v1/imports/999999")).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    private static JsonNode TypeCount(JsonNode report, string type) =>
        report["types"]!.AsArray().Single(t => (string?)t!["type"] == type)!;

    private HashSet<int> ReportedRows(string sheet) =>
        imported.Report["issues"]!.AsArray().Where(issue => (string?)issue!["sheet"] == sheet).Select(issue => (int)issue!["row"]!).ToHashSet();

    private static HashSet<string> Ids(string path, string sheet) =>
        SheetRows.Read(path, sheet).Select(row => SheetRows.Id(row.Cells["disarm_id"])).Where(id => id.Length > 0).ToHashSet();

    private async Task<List<JsonNode>> ReadAllAsync(string path)
    {
        var items = new List<JsonNode>();
        for (var page = 1; ; page++)
        {
            var body = await (await _client.GetAsync($"{path}?pageSize=200&page={page}")).ReadJsonAsync(HttpStatusCode.OK);
            items.AddRange(body["items"]!.AsArray().Select(item => item!));
            if (page >= (int)body["totalPages"]!)
            {
                return items;
            }
        }
    }
}
