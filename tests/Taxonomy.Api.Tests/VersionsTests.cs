using Microsoft.EntityFrameworkCore;
using System.Net;
using System.Text.Json.Nodes;
using Taxonomy.Infrastructure.Catalog;

namespace Taxonomy.Api.Tests;

/// <summary>
/// Every write keeps a version of what it changed: each type's history, its single versions,
/// restoring one, and what deleting leaves, for every type the descriptor table lists.
/// </summary>
public sealed class VersionsTests
{
    /// <summary>For each resource, a body to create an object of it (on the v1.7 import) and a replacement.</summary>
    private static readonly Dictionary<string, (object Create, object Replace)> Bodies = new(StringComparer.Ordinal)
    {
        ["frameworks"] = (new { id = "FW09", name = "Ninth" }, new { name = "Ninth framework" }),
        ["phases"] = (new { id = "P09", name = "Ninth", rank = 9 }, new { name = "Ninth phase", rank = 9 }),
        ["tactics"] = (new { id = "TA29", name = "Ninth", phaseId = "P01", rank = 29 }, new { name = "Ninth tactic", phaseId = "P02", rank = 29 }),
        ["techniques"] = (new { id = "T0991", name = "Ninth", tacticId = "TA06" }, new { name = "Ninth technique", tacticId = "TA07" }),
        ["tasks"] = (new { id = "TK0991", name = "Ninth", tacticId = "TA06" }, new { name = "Ninth task", tacticId = "TA07" }),
        ["metatechniques"] = (new { id = "M099", name = "Ninth" }, new { name = "Ninth metatechnique" }),
        ["response-types"] = (new { id = "D09", name = "Ninth" }, new { name = "Ninth response" }),
        ["resources"] = (new { id = "R099", name = "Ninth" }, new { name = "Ninth resource" }),
        ["sectors"] = (new { id = "S099", name = "Ninth" }, new { name = "Ninth sector" }),
        ["actor-types"] = (new { id = "A099", name = "Ninth", sectorIds = new[] { "S001" } }, new { name = "Ninth actor", sectorIds = new[] { "S002" } }),
        ["incidents"] = (new { id = "I09991", name = "Ninth" }, new { name = "Ninth incident", yearStarted = 2020 }),
        ["references"] = (new { url = "https://example.org/ninth" }, new { url = "https://example.org/ninth", authors = "Nine" }),
        ["counters"] = (new { id = "C09991", name = "Ninth", techniqueIds = new[] { "T0166" } }, new { name = "Ninth counter", techniqueIds = new[] { "T0166", "T0002" } }),
        ["detections"] = (new { id = "F09991", name = "Ninth" }, new { name = "Ninth detection", techniqueIds = new[] { "T0002" } }),
        ["playbooks"] = (new { id = "PB09991", counterId = "C00006", name = "Ninth" }, new { counterId = "C00006", name = "Ninth playbook" }),
        ["incident-techniques"] = (new { id = "IT09999991", incidentId = "I00251", techniqueIds = new[] { "T0166" } }, new { incidentId = "I00251", techniqueIds = new[] { "T0002" }, description = "Ninth" }),
        ["associated-techniques"] = (new { id = "AT09999991", techniqueId = "T0166", associatedTechniqueId = "T0002" }, new { techniqueId = "T0166", associatedTechniqueId = "T0003", description = "Ninth" }),
    };

    public static TheoryData<string> Resources => [.. DisarmTypes.All.Select(type => type.Resource)];

    [Fact]
    public void EveryTypeHasBodiesHere() =>
        Assert.Equal(DisarmTypes.All.Select(type => type.Resource).Order(StringComparer.Ordinal), Bodies.Keys.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Resources))]
    public async Task EveryWriteKeepsAVersionAndAnyVersionCanBeRestored(string resource)
    {
        await using var factory = await ImportedDatabase.CopyAsync();
        using var admin = factory.CreateAdminClient();
        var (create, replace) = Bodies[resource];

        var created = await (await admin.PostJsonAsync($"/api/v1/{resource}", create)).ReadJsonAsync(HttpStatusCode.Created);
        var url = $"/api/v1/{resource}/{created["id"]}";
        Assert.Equal(1, (int)created["version"]!);
        var replaced = await (await admin.PutJsonAsync(url, replace)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(2, (int)replaced["version"]!);

        var history = await (await admin.GetAsync($"{url}/history")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal([2, 1], history["items"]!.AsArray().Select(v => (int)v!["version"]!));
        Assert.Equal(["Replaced", "Created"], history["items"]!.AsArray().Select(v => (string)v!["kind"]!));
        Assert.All(history["items"]!.AsArray(), v => Assert.Equal("admin-1", (string)v!["changedBy"]!));
        var first = await (await admin.GetAsync($"{url}/history/1")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.True(JsonNode.DeepEquals(created, first["resource"]), $"{created.ToJsonString()} vs {first["resource"]!.ToJsonString()}");

        var restored = await (await admin.PostAsync($"{url}/history/1/restore", null)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(3, (int)restored["version"]!);
        Assert.True(JsonNode.DeepEquals(WithoutStamps(created), WithoutStamps(restored)), $"{created.ToJsonString()} vs {restored.ToJsonString()}");

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync(url)).StatusCode);
        await (await admin.GetAsync(url)).ReadProblemAsync(HttpStatusCode.NotFound);
        var afterDelete = await (await admin.GetAsync($"{url}/history")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(["Deleted", "Restored", "Replaced", "Created"], afterDelete["items"]!.AsArray().Select(v => (string)v!["kind"]!));
        var deleted = await (await admin.GetAsync($"{url}/history/4")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.True(JsonNode.DeepEquals(restored, deleted["resource"]), "The deletion keeps the object as it was.");

        var recreated = await (await admin.PostAsync($"{url}/history/2/restore", null)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(5, (int)recreated["version"]!);
        Assert.True(JsonNode.DeepEquals(WithoutStamps(replaced), WithoutStamps(recreated)), $"{replaced.ToJsonString()} vs {recreated.ToJsonString()}");
        Crud.AssertJsonEqual(recreated, await (await admin.GetAsync(url)).ReadJsonAsync(HttpStatusCode.OK));
    }

    [Fact]
    public async Task ChangingOnlyAnObjectsLinksKeepsAVersionAndRepeatingItKeepsNone()
    {
        await using var factory = await ImportedDatabase.CopyAsync();
        using var admin = factory.CreateAdminClient();
        await admin.CreateAsync("counters", new { id = "C09992", name = "Linked", techniqueIds = new[] { "T0166" } });
        var relinked = new { name = "Linked", techniqueIds = new[] { "T0166", "T0002" } };

        var replaced = await (await admin.PutJsonAsync("/api/v1/counters/C09992", relinked)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(2, (int)replaced["version"]!);
        var again = await (await admin.PutJsonAsync("/api/v1/counters/C09992", relinked)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(2, (int)again["version"]!);

        var history = await (await admin.GetAsync("/api/v1/counters/C09992/history")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal([2, 1], history["items"]!.AsArray().Select(v => (int)v!["version"]!));
        var second = await (await admin.GetAsync("/api/v1/counters/C09992/history/2")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(["T0002", "T0166"], second["resource"]!["techniqueIds"]!.AsArray().Select(id => (string)id!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task AnObjectThatNeverExistedHasNoHistoryAndAnUnknownVersionIsNotFound()
    {
        await using var factory = await ImportedDatabase.CopyAsync();
        using var client = factory.CreateClient();

        await (await client.GetAsync("/api/v1/techniques/T0999/history")).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await client.GetAsync("/api/v1/techniques/T0166.003/history/99")).ReadProblemAsync(HttpStatusCode.NotFound);
        var imported = await (await client.GetAsync("/api/v1/techniques/T0166.003/history")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("Imported", (string)imported["items"]![0]!["kind"]!);
        Assert.Equal("import #1", (string)imported["items"]![0]!["changedBy"]!);
    }

    [Fact]
    public async Task RestoringWhatCanNoLongerBeIsRefusedSayingWhy()
    {
        await using var factory = await ImportedDatabase.CopyAsync();
        using var admin = factory.CreateAdminClient();
        await admin.CreateAsync("techniques", new { id = "T0992", name = "Parent", tacticId = "TA06" });
        await admin.CreateAsync("techniques", new { id = "T0992.001", name = "Child" });
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync("/api/v1/techniques/T0992.001")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync("/api/v1/techniques/T0992")).StatusCode);

        var problem = await (await admin.PostAsync("/api/v1/techniques/T0992.001/history/1/restore", null)).ReadProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Contains("T0992", (string)problem["detail"]!, StringComparison.Ordinal);
        await (await admin.PostAsync("/api/v1/techniques/T0992/history/2/restore", null)).ReadProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task ImportingTheSameWorkbooksAgainKeepsNoNewVersion()
    {
        await using var factory = await ImportedDatabase.CopyAsync();
        using var admin = factory.CreateAdminClient();
        var before = await factory.WithDbAsync(db => db.Versions.CountAsync());
        Assert.True(before > 1_600, $"{before} versions after importing v1.7");

        using var form = Workbooks.RealForm();
        var report = await (await admin.PostAsync("/api/v1/imports", form)).ReadJsonAsync(HttpStatusCode.Created);

        Assert.Equal(before, await factory.WithDbAsync(db => db.Versions.CountAsync()));
        Assert.Empty(report["overwrittenEdits"]!.AsArray());
    }

    [Fact]
    public async Task AnImportListsTheEditsItOverwroteAndRestoringBringsThemBack()
    {
        await using var factory = await ImportedDatabase.CopyAsync();
        using var admin = factory.CreateAdminClient();
        var original = await (await admin.GetAsync("/api/v1/techniques/T0002")).ReadJsonAsync(HttpStatusCode.OK);
        var edited = await (await admin.PutJsonAsync("/api/v1/techniques/T0002", new { name = "Curated name", tacticId = (string)original["tacticId"]! })).ReadJsonAsync(HttpStatusCode.OK);

        using var form = Workbooks.RealForm();
        var report = await (await admin.PostAsync("/api/v1/imports", form)).ReadJsonAsync(HttpStatusCode.Created);

        var overwritten = Assert.Single(report["overwrittenEdits"]!.AsArray());
        Assert.Equal(("techniques", "T0002", (int)edited["version"]!, "admin-1"), ((string)overwritten!["type"]!, (string)overwritten["id"]!, (int)overwritten["editedVersion"]!, (string)overwritten["editedBy"]!));
        var reimported = await (await admin.GetAsync("/api/v1/techniques/T0002")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal((string)original["name"]!, (string)reimported["name"]!);

        var restored = await (await admin.PostAsync($"/api/v1/techniques/T0002/history/{overwritten["editedVersion"]}/restore", null)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("Curated name", (string)restored["name"]!);
        var history = await (await admin.GetAsync("/api/v1/techniques/T0002/history")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(["Restored", "Imported", "Replaced", "Imported"], history["items"]!.AsArray().Select(v => (string)v!["kind"]!));
    }

    [Fact]
    public async Task TheETagOfAnObjectChangesExactlyWhenItsVersionDoes()
    {
        await using var factory = await ImportedDatabase.CopyAsync();
        using var admin = factory.CreateAdminClient();
        var first = await admin.GetAsync("/api/v1/techniques/T0166.003");
        var etag = first.Headers.ETag!;
        Assert.False(etag.IsWeak);
        Assert.Equal("\"v1\"", etag.Tag);

        (await admin.PutJsonAsync("/api/v1/techniques/T0002", new { name = "Another object changed", tacticId = "TA15" })).EnsureSuccessStatusCode();
        Assert.Equal(etag, (await admin.GetAsync("/api/v1/techniques/T0166.003")).Headers.ETag);
        using var conditional = new HttpRequestMessage(HttpMethod.Get, "/api/v1/techniques/T0166.003");
        conditional.Headers.IfNoneMatch.Add(etag);
        Assert.Equal(HttpStatusCode.NotModified, (await admin.SendAsync(conditional)).StatusCode);

        var technique = await (await admin.GetAsync("/api/v1/techniques/T0166.003")).ReadJsonAsync(HttpStatusCode.OK);
        (await admin.PutJsonAsync("/api/v1/techniques/T0166.003", new { name = "Changed", tacticId = (string)technique["tacticId"]! })).EnsureSuccessStatusCode();
        Assert.Equal("\"v2\"", (await admin.GetAsync("/api/v1/techniques/T0166.003")).Headers.ETag!.Tag);
    }

    private static JsonObject WithoutStamps(JsonNode resource)
    {
        var copy = resource.DeepClone().AsObject();
        copy.Remove("version");
        copy.Remove("modified");
        return copy;
    }
}
