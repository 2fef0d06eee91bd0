using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace Taxonomy.Api.Tests;

/// <summary>
/// Two releases: DISARM v1.7 as imported for every test, then a copy a curator edited in a
/// spreadsheet (a technique added, one removed, one renamed, one moved to another tactic, one
/// mapping given another technique), imported as release 1.7-edited; then a live edit through the
/// API, which neither release shows.
/// </summary>
public sealed class TwoReleases : IAsyncLifetime
{
    public const string Edited = "1.7-edited";
    public const string LiveName = "Degrade Adversary, edited after both releases";

    public TaxonomyApiFactory Factory { get; private set; } = null!;

    /// <summary>The label the template's import was given: its date.</summary>
    public string First { get; private set; } = "";

    public JsonNode EditedReport { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Factory = await ImportedDatabase.CopyAsync();
        First = (string)(await ImportedDatabase.ReportAsync())["release"]!;
        using var admin = Factory.CreateAdminClient();
        using var form = Workbooks.Form(EditedFrameworks(), WorkbookEdits.WithCell(Workbooks.Data, "incidenttechniques", "IT00000218", "technique_ids", "T0066"));
        form.Add(new StringContent(Edited), "release");
        EditedReport = await (await admin.PostAsync("/api/v1/imports", form)).ReadJsonAsync(HttpStatusCode.Created);

        var technique = await (await admin.GetAsync("/api/v1/techniques/T0066")).ReadJsonAsync(HttpStatusCode.OK);
        await (await admin.PutJsonAsync("/api/v1/techniques/T0066", new { id = "T0066", name = LiveName, tacticId = "TA02", summary = (string?)technique["summary"] })).ReadJsonAsync(HttpStatusCode.OK);
    }

    public ValueTask DisposeAsync() => Factory?.DisposeAsync() ?? ValueTask.CompletedTask;

    internal static byte[] EditedFrameworks()
    {
        var workbook = WorkbookEdits.WithoutRow(Workbooks.Frameworks, "techniques", "T0077");
        workbook = WorkbookEdits.WithCell(workbook, "techniques", "T0078", "name", "Dismay and Dishearten");
        workbook = WorkbookEdits.WithCell(workbook, "techniques", "T0079", "tactic_id", "TA05");
        return WorkbookEdits.WithRow(workbook, "techniques", new Dictionary<string, string>
        {
            ["disarm_id"] = "T0999",
            ["name"] = "Flood the Zone",
            ["tactic_id"] = "TA05",
            ["summary"] = "Publish so much that the audience cannot tell what matters.",
        });
    }
}

public sealed class ReleasesTests(TwoReleases releases) : IClassFixture<TwoReleases>
{
    private readonly HttpClient _client = releases.Factory.CreateClient();

    private string First => releases.First;

    [Fact]
    public async Task TheReleasesAreListedNewestFirstWithTheirCounts()
    {
        var list = await (await _client.GetAsync("/api/v1/releases")).ReadJsonAsync(HttpStatusCode.OK);

        var items = list["items"]!.AsArray();
        Assert.Equal([TwoReleases.Edited, First], items.Select(item => (string)item!["label"]!));
        Assert.Equal([2, 1], items.Select(item => (int)item!["import"]!));
        Assert.Equal([true, false], items.Select(item => (bool)item!["latest"]!));
        Assert.All(items, item => Assert.Equal(445, (int)item!["counts"]!["techniques"]!));
        Assert.Equal(227, (int)items[0]!["counts"]!["incident-techniques"]!);
        Assert.Equal(TwoReleases.Edited, (string?)releases.EditedReport["release"]);
    }

    [Fact]
    public async Task AReleaseIsFoundByItsLabelInAnyCase()
    {
        var release = await (await _client.GetAsync("/api/v1/releases/1.7-EDITED")).ReadJsonAsync(HttpStatusCode.OK);

        Assert.Equal(TwoReleases.Edited, (string?)release["label"]);
        await (await _client.GetAsync("/api/v1/releases/1.5")).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task TheDiffListsExactlyWhatTheCuratorChangedFieldByField()
    {
        var diff = await (await _client.GetAsync($"/api/v1/releases/{First}/diff/{TwoReleases.Edited}")).ReadJsonAsync(HttpStatusCode.OK);

        Assert.Equal(First, (string?)diff["from"]);
        Assert.Equal(TwoReleases.Edited, (string?)diff["to"]);
        Assert.Null(diff["next"]);
        var items = diff["items"]!.AsArray();
        Assert.Equal(
            [
                "incident-techniques IT00000218 changed",
                "techniques T0077 removed",
                "techniques T0078 changed",
                "techniques T0079 changed",
                "techniques T0999 added",
            ],
            items.Select(item => $"{item!["type"]} {item["id"]} {item["change"]}"));
        Assert.Equal(
            """[{"field":"techniqueIds","old":["T0143.004"],"new":["T0066"]}]""",
            items[0]!["fields"]!.ToJsonString());
        Assert.Equal("""[]""", items[1]!["fields"]!.ToJsonString());
        Assert.Equal("Distract", (string?)items[1]!["name"]);
        Assert.Equal("""[{"field":"name","old":"Dismay","new":"Dismay and Dishearten"}]""", items[2]!["fields"]!.ToJsonString());
        Assert.Equal("""[{"field":"tacticId","old":"TA02","new":"TA05"}]""", items[3]!["fields"]!.ToJsonString());
        Assert.Equal("Flood the Zone", (string?)items[4]!["name"]);
    }

    [Fact]
    public async Task TheDiffTheOtherWayRoundUndoesIt()
    {
        var diff = await (await _client.GetAsync($"/api/v1/releases/{TwoReleases.Edited}/diff/{First}?types=techniques")).ReadJsonAsync(HttpStatusCode.OK);

        Assert.Equal(
            ["T0077 added", "T0078 changed", "T0079 changed", "T0999 removed"],
            diff["items"]!.AsArray().Select(item => $"{item!["id"]} {item["change"]}"));
        Assert.Equal("""[{"field":"name","old":"Dismay and Dishearten","new":"Dismay"}]""", diff["items"]![1]!["fields"]!.ToJsonString());
    }

    [Fact]
    public async Task TheDiffIsPagedWithNextAndFilteredByType()
    {
        var seen = new List<string>();
        var url = $"/api/v1/releases/{First}/diff/{TwoReleases.Edited}?pageSize=2";
        for (var pages = 0; url is not null; pages++)
        {
            Assert.True(pages < 5, "The diff's pages never end.");
            var page = await (await _client.GetAsync(url)).ReadJsonAsync(HttpStatusCode.OK);
            Assert.True(page["items"]!.AsArray().Count <= 2);
            seen.AddRange(page["items"]!.AsArray().Select(item => $"{item!["type"]}/{item["id"]}"));
            url = page["next"] is { } next ? $"/api/v1/releases/{First}/diff/{TwoReleases.Edited}?pageSize=2&after={Uri.EscapeDataString((string)next!)}" : null;
        }

        Assert.Equal(["incident-techniques/IT00000218", "techniques/T0077", "techniques/T0078", "techniques/T0079", "techniques/T0999"], seen);

        var mappings = await (await _client.GetAsync($"/api/v1/releases/{First}/diff/{TwoReleases.Edited}?types=incident-techniques")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("IT00000218", (string?)Assert.Single(mappings["items"]!.AsArray())!["id"]);
    }

    [Fact]
    public async Task TheDiffInMarkdownReadsAsReleaseNotes()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/releases/{First}/diff/{TwoReleases.Edited}");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/markdown"));
        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/markdown", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.StartsWith($"# Changes from release {First} to release {TwoReleases.Edited}\n", text, StringComparison.Ordinal);
        Assert.Contains("## techniques\n\n### Added\n\n* T0999: Flood the Zone\n\n### Removed\n\n* T0077: Distract\n\n### Changed\n\n", text, StringComparison.Ordinal);
        Assert.Contains($"#### T0079: Divide\n\n| Field | {First} | {TwoReleases.Edited} |\n| --- | --- | --- |\n| tacticId | TA02 | TA05 |\n", text, StringComparison.Ordinal);
        Assert.Contains("| techniqueIds | T0143.004 | T0066 |", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/v1/releases/nope/diff/1.7-edited", HttpStatusCode.NotFound)]
    [InlineData("/api/v1/releases/1.7-edited/diff/nope", HttpStatusCode.NotFound)]
    [InlineData("/api/v1/releases/1.7-edited/diff/1.7-edited?types=spells", HttpStatusCode.BadRequest)]
    [InlineData("/api/v1/releases/1.7-edited/diff/1.7-edited?after=T0002", HttpStatusCode.BadRequest)]
    [InlineData("/api/v1/releases/1.7-edited/diff/1.7-edited?pageSize=1001", HttpStatusCode.BadRequest)]
    public async Task BadDiffRequestsAreProblems(string url, HttpStatusCode status)
    {
        var response = await _client.GetAsync(url);

        var problem = await response.ReadJsonAsync(status);
        Assert.False(string.IsNullOrWhiteSpace((string?)problem["title"]));
    }

    // ?release= on every route family: each answers as the release stood, and without it as now.

    [Fact]
    public async Task AnObjectReadsAsEachReleaseHadIt()
    {
        Assert.Equal("Dismay", await NameAsync($"/api/v1/techniques/T0078?release={First}"));
        Assert.Equal("Dismay and Dishearten", await NameAsync($"/api/v1/techniques/T0078?release={TwoReleases.Edited}"));
        Assert.Equal("Dismay and Dishearten", await NameAsync("/api/v1/techniques/T0078"));

        Assert.Equal("Degrade Adversary", await NameAsync($"/api/v1/techniques/T0066?release={TwoReleases.Edited}"));
        Assert.Equal(TwoReleases.LiveName, await NameAsync("/api/v1/techniques/T0066"));
    }

    [Fact]
    public async Task AnObjectOnlyOneReleaseHeldIsMissingFromTheOther()
    {
        await (await _client.GetAsync($"/api/v1/techniques/T0077?release={TwoReleases.Edited}")).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await _client.GetAsync($"/api/v1/techniques/T0999?release={First}")).ReadProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal("Distract", await NameAsync($"/api/v1/techniques/T0077?release={First}"));

        // The current state keeps what the latest import lacked, marked.
        var kept = await (await _client.GetAsync("/api/v1/techniques/T0077")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.False((bool)kept["inLatestImport"]!);
    }

    [Fact]
    public async Task AListCountsWhatTheReleaseHeld()
    {
        Assert.Equal(445, await TotalAsync($"/api/v1/techniques?pageSize=1&release={First}"));
        Assert.Equal(445, await TotalAsync($"/api/v1/techniques?pageSize=1&release={TwoReleases.Edited}"));
        Assert.Equal(446, await TotalAsync("/api/v1/techniques?pageSize=1"));

        var inTa05 = await (await _client.GetAsync($"/api/v1/techniques?tacticId=TA05&pageSize=200&release={TwoReleases.Edited}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Contains("T0079", inTa05["items"]!.AsArray().Select(item => (string)item!["id"]!));
        var before = await (await _client.GetAsync($"/api/v1/techniques?tacticId=TA05&pageSize=200&release={First}")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.DoesNotContain("T0079", before["items"]!.AsArray().Select(item => (string)item!["id"]!));
    }

    [Fact]
    public async Task ARelationReadsAsEachReleaseHadIt()
    {
        Assert.Contains("T0143.004", await IdsAsync($"/api/v1/incidents/I00067/techniques?release={First}"));
        Assert.DoesNotContain("T0066", await IdsAsync($"/api/v1/incidents/I00067/techniques?release={First}"));
        Assert.Contains("T0066", await IdsAsync($"/api/v1/incidents/I00067/techniques?release={TwoReleases.Edited}"));
        Assert.Contains("T0079", await IdsAsync($"/api/v1/tactics/TA05/techniques?pageSize=200&release={TwoReleases.Edited}"));
        Assert.DoesNotContain("T0079", await IdsAsync($"/api/v1/tactics/TA05/techniques?pageSize=200&release={First}"));
    }

    [Fact]
    public async Task TheGridPlacesEachTechniqueWhereTheReleaseHadIt()
    {
        Assert.Equal("TA02", await TacticInRedGridAsync("T0079", $"?release={First}"));
        Assert.Equal("TA05", await TacticInRedGridAsync("T0079", $"?release={TwoReleases.Edited}"));
        Assert.Null(await TacticInRedGridAsync("T0077", $"?release={TwoReleases.Edited}"));
        Assert.Equal("TA02", await TacticInRedGridAsync("T0077", ""));
    }

    [Fact]
    public async Task SearchFindsWhatTheReleaseSaid()
    {
        Assert.Contains("T0078", await SearchAsync($"q=Dishearten&release={TwoReleases.Edited}"));
        Assert.DoesNotContain("T0078", await SearchAsync($"q=Dishearten&release={First}"));
        Assert.Contains("T0066", await SearchAsync("q=releases"));
        Assert.DoesNotContain("T0066", await SearchAsync($"q=releases&release={TwoReleases.Edited}"));
    }

    [Fact]
    public async Task PagesShowTheRelease()
    {
        var before = await _client.GetStringAsync($"/generated_pages/techniques/T0078.md?release={First}");
        var after = await _client.GetStringAsync($"/generated_pages/techniques/T0078.md?release={TwoReleases.Edited}");

        Assert.StartsWith("# Technique T0078: Dismay\n", before, StringComparison.Ordinal);
        Assert.StartsWith("# Technique T0078: Dismay and Dishearten\n", after, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync($"/generated_pages/techniques/T0999.md?release={First}")).StatusCode);
        Assert.Contains("T0999", await _client.GetStringAsync($"/generated_pages/techniques_index.md?release={TwoReleases.Edited}"), StringComparison.Ordinal);
        Assert.DoesNotContain("T0999", await _client.GetStringAsync($"/generated_pages/techniques_index.md?release={First}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ANavigatorLayerShowsTheRelease()
    {
        static async Task<List<string>> TechniquesAsync(HttpClient client, string url) =>
            (await (await client.GetAsync(url)).ReadJsonAsync(HttpStatusCode.OK))["techniques"]!.AsArray().Select(t => (string)t!["techniqueID"]!).ToList();

        Assert.Contains("T0143.004", await TechniquesAsync(_client, $"/api/v1/incidents/I00067/layer?release={First}"));
        Assert.DoesNotContain("T0066", await TechniquesAsync(_client, $"/api/v1/incidents/I00067/layer?release={First}"));
        Assert.Contains("T0066", await TechniquesAsync(_client, $"/api/v1/incidents/I00067/layer?release={TwoReleases.Edited}"));
    }

    [Fact]
    public async Task AnObjectsPageOnItsRouteShowsTheRelease()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/techniques/T0078?release={First}");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/markdown"));
        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("# Technique T0078: Dismay\n", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheStixBundleIsTheRelease()
    {
        var before = await _client.GetStringAsync($"/api/v1/stix/bundle?types=attack-pattern&release={First}");
        var after = await _client.GetStringAsync($"/api/v1/stix/bundle?types=attack-pattern&release={TwoReleases.Edited}");

        Assert.Contains("\"T0077\"", before, StringComparison.Ordinal);
        Assert.DoesNotContain("\"T0077\"", after, StringComparison.Ordinal);
        Assert.Contains("\"Flood the Zone\"", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EachReleaseIsATaxiiCollectionOfItsOwn()
    {
        var collections = (await TaxiiAsync("/taxii2/disarm/collections/"))["collections"]!.AsArray();

        Assert.Equal(
            ["DISARM framework (current)", $"DISARM release {TwoReleases.Edited}", $"DISARM release {First}"],
            collections.Select(collection => (string)collection!["title"]!));
        var (edited, first) = ((string)collections[1]!["id"]!, (string)collections[2]!["id"]!);
        Assert.Equal(3, collections.Select(collection => (string)collection!["id"]!).Distinct().Count());

        var before = await TaxiiAsync($"/taxii2/disarm/collections/{first}/objects/?match%5Btype%5D=attack-pattern&limit=1000");
        var after = await TaxiiAsync($"/taxii2/disarm/collections/{edited}/objects/?match%5Btype%5D=attack-pattern&limit=1000");
        var namesBefore = before["objects"]!.AsArray().Select(o => (string)o!["name"]!).ToList();
        var namesAfter = after["objects"]!.AsArray().Select(o => (string)o!["name"]!).ToList();
        Assert.Equal(445, namesBefore.Count);
        Assert.Equal(445, namesAfter.Count);
        Assert.Contains("Distract", namesBefore);
        Assert.DoesNotContain("Distract", namesAfter);
        Assert.Contains("Flood the Zone", namesAfter);
        Assert.Contains("Degrade Adversary", namesAfter);
        Assert.Equal($"DISARM release {First}", (string?)(await TaxiiAsync($"/taxii2/disarm/collections/{first}/"))["title"]);
    }

    [Fact]
    public async Task HistoryAsOfAReleaseEndsAtIt()
    {
        var history = await (await _client.GetAsync($"/api/v1/techniques/T0066/history?release={TwoReleases.Edited}")).ReadJsonAsync(HttpStatusCode.OK);

        Assert.Equal(1, (int)history["totalCount"]!);
        Assert.Equal(2, await TotalAsync("/api/v1/techniques/T0066/history"));
    }

    [Fact]
    public async Task AReleasesAnswersHaveETagsOfTheirOwn()
    {
        var first = await _client.GetAsync($"/api/v1/techniques?pageSize=3&release={First}");
        var edited = await _client.GetAsync($"/api/v1/techniques?pageSize=3&release={TwoReleases.Edited}");
        var now = await _client.GetAsync("/api/v1/techniques?pageSize=3");

        var tags = new[] { first, edited, now }.Select(response => response.Headers.ETag!.Tag).ToList();
        Assert.Equal(3, tags.Distinct().Count());
        using var again = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/techniques?pageSize=3&release={First}");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await _client.SendAsync(again)).StatusCode);
    }

    [Theory]
    [InlineData("/api/v1/techniques/T0002?release=1.5", HttpStatusCode.NotFound)]
    [InlineData("/api/v1/techniques?release=no%20spaces", HttpStatusCode.BadRequest)]
    [InlineData("/api/v1/techniques?release=", HttpStatusCode.BadRequest)]
    [InlineData("/api/v1/techniques?release=1.7-edited&release=1.7-edited", HttpStatusCode.BadRequest)]
    [InlineData("/api/v1/releases?release=1.7-edited", HttpStatusCode.BadRequest)]
    public async Task AReleaseThatCannotBeReadIsAProblem(string url, HttpStatusCode status)
    {
        var problem = await (await _client.GetAsync(url)).ReadProblemAsync(status);

        Assert.Contains("release", (string?)problem["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task AReleaseCannotBeWritten()
    {
        using var admin = releases.Factory.CreateAdminClient();

        var problem = await (await admin.PutJsonAsync($"/api/v1/techniques/T0078?release={TwoReleases.Edited}", new { id = "T0078", name = "x", tacticId = "TA02" })).ReadProblemAsync(HttpStatusCode.BadRequest);

        Assert.Contains("cannot be changed", (string?)problem["detail"], StringComparison.Ordinal);
        Assert.Equal("Dismay and Dishearten", await NameAsync("/api/v1/techniques/T0078"));
    }

    [Fact]
    public async Task AnImportNamingATakenReleaseIsRefusedAndChangesNothing()
    {
        using var admin = releases.Factory.CreateAdminClient();
        using var form = Workbooks.RealForm();
        form.Add(new StringContent("1.7-EDITED"), "release");

        var problem = await (await admin.PostAsync("/api/v1/imports", form)).ReadProblemAsync(HttpStatusCode.Conflict);

        Assert.Contains("Release '1.7-EDITED' exists: import 2 loaded it", (string?)problem["detail"], StringComparison.Ordinal);
        Assert.Equal(2, await TotalAsync("/api/v1/releases"));
        Assert.Equal("Dismay and Dishearten", await NameAsync("/api/v1/techniques/T0078"));
    }

    [Theory]
    [InlineData("-1.7")]
    [InlineData("1.7 final")]
    [InlineData("../1.7")]
    [InlineData("a-label-that-is-longer-than-forty-characters")]
    public async Task AnImportNamingAMalformedReleaseIsRefused(string label)
    {
        using var admin = releases.Factory.CreateAdminClient();
        using var form = Workbooks.RealForm();
        form.Add(new StringContent(label), "release");

        var problem = await (await admin.PostAsync("/api/v1/imports", form)).ReadBadRequestAsync("release");

        Assert.Contains("letters, digits", problem.ErrorsFor("release")[0], StringComparison.Ordinal);
    }

    private async Task<JsonNode> TaxiiAsync(string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.ParseAdd("application/taxii+json;version=2.1");
        using var response = await _client.SendAsync(request);
        return await response.ReadJsonAsync(HttpStatusCode.OK);
    }

    private async Task<string?> NameAsync(string url) => (string?)(await (await _client.GetAsync(url)).ReadJsonAsync(HttpStatusCode.OK))["name"];

    private async Task<int> TotalAsync(string url) => (int)(await (await _client.GetAsync(url)).ReadJsonAsync(HttpStatusCode.OK))["totalCount"]!;

    private async Task<List<string>> IdsAsync(string url)
    {
        var answer = await (await _client.GetAsync(url)).ReadJsonAsync(HttpStatusCode.OK);
        var items = answer is JsonArray list ? list : answer["items"]!.AsArray();
        return items.Select(item => (string)(item!["id"] ?? item["techniqueId"])!).ToList();
    }

    private async Task<List<string>> SearchAsync(string query) =>
        (await (await _client.GetAsync($"/api/v1/search?{query}")).ReadJsonAsync(HttpStatusCode.OK))["items"]!.AsArray().Select(item => (string)item!["id"]!).ToList();

    private async Task<string?> TacticInRedGridAsync(string techniqueId, string query)
    {
        var grid = await (await _client.GetAsync($"/api/v1/grids/red{query}")).ReadJsonAsync(HttpStatusCode.OK);
        return grid.AsArray().SingleOrDefault(column => column!["techniques"]!.AsArray().Any(t => (string?)t!["id"] == techniqueId))?["tacticId"]?.GetValue<string>();
    }
}

/// <summary>A release's copy is derived data: deleted while the API runs, it is made again on the next read.</summary>
public sealed class ReleaseCopyTests
{
    [Fact]
    public async Task ADeletedCopyIsMadeAgain()
    {
        await using var factory = await ImportedDatabase.CopyAsync();
        var client = factory.CreateClient();
        var label = (string)(await ImportedDatabase.ReportAsync())["release"]!;
        await (await client.GetAsync($"/api/v1/techniques/T0002?release={label}")).ReadJsonAsync(HttpStatusCode.OK);
        var folder = Releases.ReleaseCopies.FolderBeside(factory.DatabasePath);
        Assert.Single(Directory.GetFiles(folder, "*.db"));

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);

        var technique = await (await client.GetAsync($"/api/v1/techniques/T0002?release={label}&after-deletion=1")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("T0002", (string?)technique["id"]);
        Assert.Single(Directory.GetFiles(folder, "*.db"));
    }
}

/// <summary>Loading an older release after a newer one: the current state follows the latest import, and the newer release stays readable.</summary>
public sealed class OlderReleaseAfterNewerTests
{
    [Fact]
    public async Task TheCurrentStateFollowsTheLatestImportAndTheNewerReleaseStays()
    {
        await using var factory = await ImportedDatabase.CopyAsync();
        using var admin = factory.CreateAdminClient();
        using (var newer = Workbooks.Form(TwoReleases.EditedFrameworks(), Workbooks.Data))
        {
            newer.Add(new StringContent("1.8-draft"), "release");
            await (await admin.PostAsync("/api/v1/imports", newer)).ReadJsonAsync(HttpStatusCode.Created);
        }

        using (var older = Workbooks.RealForm())
        {
            older.Add(new StringContent("1.7"), "release");
            await (await admin.PostAsync("/api/v1/imports", older)).ReadJsonAsync(HttpStatusCode.Created);
        }

        var client = factory.CreateClient();
        Assert.Equal("Dismay", (string?)(await (await client.GetAsync("/api/v1/techniques/T0078")).ReadJsonAsync(HttpStatusCode.OK))["name"]);
        Assert.False((bool)(await (await client.GetAsync("/api/v1/techniques/T0999")).ReadJsonAsync(HttpStatusCode.OK))["inLatestImport"]!);
        Assert.Equal("Dismay and Dishearten", (string?)(await (await client.GetAsync("/api/v1/techniques/T0078?release=1.8-draft")).ReadJsonAsync(HttpStatusCode.OK))["name"]);
        Assert.True((bool)(await (await client.GetAsync("/api/v1/techniques/T0999?release=1.8-draft")).ReadJsonAsync(HttpStatusCode.OK))["inLatestImport"]!);
        await (await client.GetAsync("/api/v1/techniques/T0999?release=1.7")).ReadProblemAsync(HttpStatusCode.NotFound);

        var releases = (await (await client.GetAsync("/api/v1/releases")).ReadJsonAsync(HttpStatusCode.OK))["items"]!.AsArray();
        Assert.Equal(["1.7", "1.8-draft"], releases.Take(2).Select(release => (string)release!["label"]!));
        Assert.True((bool)releases[0]!["latest"]!);
    }
}
