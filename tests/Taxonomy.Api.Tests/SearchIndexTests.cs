using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Taxonomy.Domain;

namespace Taxonomy.Api.Tests;

/// <summary>The full-text index follows every write and import, each test on its own copy of the imported release.</summary>
public sealed class SearchIndexTests
{
    [Fact]
    public async Task ACreatedObjectIsIndexed()
    {
        await using var factory = await ImportedDatabase.CopyAsync();
        using var admin = factory.CreateAdminClient();
        Assert.Equal(0, await TotalAsync(admin, "quokka"));

        (await admin.PostJsonAsync("/api/v1/techniques", new { id = "T0166.901", name = "Quokka Impersonation", summary = "Posing as a marsupial." })).EnsureSuccessStatusCode();

        Assert.Contains(Entry("techniques", "T0166.901", "Quokka Impersonation", "Posing as a marsupial."), await IndexAsync(factory));
        var hit = Assert.Single(await HitsAsync(admin, "quokka"));
        Assert.Equal(("techniques", "T0166.901", "Quokka Impersonation"), ((string?)hit["type"], (string?)hit["id"], (string?)hit["name"]));
        Assert.Equal("techniques/T0166.901", Key(Assert.Single(await HitsAsync(admin, "marsupial"))));
    }

    [Fact]
    public async Task ARenamedObjectIsIndexedUnderItsNewNameOnly()
    {
        await using var factory = await ImportedDatabase.CopyAsync();
        using var admin = factory.CreateAdminClient();
        Assert.Equal("techniques/T0002", Key((await HitsAsync(admin, "Facilitate State Propaganda"))[0]));
        var technique = await (await admin.GetAsync("/api/v1/techniques/T0002")).ReadJsonAsync(HttpStatusCode.OK);

        (await admin.PutJsonAsync("/api/v1/techniques/T0002", new { name = "Sponsor Zanzibar Broadcasts", tacticId = (string?)technique["tacticId"], summary = "Pay in quetzal plumage." })).EnsureSuccessStatusCode();

        Assert.Equal([Entry("techniques", "T0002", "Sponsor Zanzibar Broadcasts", "Pay in quetzal plumage.")], EntriesOf(await IndexAsync(factory), "techniques", "T0002"));
        Assert.DoesNotContain("techniques/T0002", (await HitsAsync(admin, "\"Facilitate State Propaganda\"")).Select(Key));
        Assert.DoesNotContain("techniques/T0002", (await HitsAsync(admin, "\"push state propaganda\"")).Select(Key));
        Assert.Equal("techniques/T0002", Key(Assert.Single(await HitsAsync(admin, "zanzibar"))));
        Assert.Equal("techniques/T0002", Key(Assert.Single(await HitsAsync(admin, "plumage"))));
    }

    [Fact]
    public async Task ADeletedObjectLeavesTheIndex()
    {
        await using var factory = await ImportedDatabase.CopyAsync();
        using var admin = factory.CreateAdminClient();
        var playbook = await (await admin.GetAsync("/api/v1/playbooks/PB00060")).ReadJsonAsync(HttpStatusCode.OK);
        var name = $"\"{playbook["name"]}\"";
        Assert.Contains("playbooks/PB00060", (await HitsAsync(admin, name)).Select(Key));

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync("/api/v1/playbooks/PB00060")).StatusCode);

        Assert.Empty(EntriesOf(await IndexAsync(factory), "playbooks", "PB00060"));
        Assert.DoesNotContain("playbooks/PB00060", (await HitsAsync(admin, name)).Select(Key));
    }

    [Fact]
    public async Task ReimportingLeavesOneEntryPerObject()
    {
        await using var factory = await ImportedDatabase.CopyAsync();
        using var admin = factory.CreateAdminClient();
        var before = await TotalAsync(admin, "disinformation");
        var entries = await IndexAsync(factory);

        (await admin.PostAsync("/api/v1/imports", Workbooks.RealForm())).EnsureSuccessStatusCode();

        Assert.Equal(entries, await IndexAsync(factory));
        Assert.Equal(entries.Count, entries.Select(entry => string.Join('\u001F', entry.Split('\u001F').Take(2))).Distinct().Count());
        Assert.Equal("techniques/T0002", Key(Assert.Single(await HitsAsync(admin, "Facilitate State Propaganda"), hit => (string?)hit["id"] == "T0002")));
        Assert.Equal(before, await TotalAsync(admin, "disinformation"));
    }

    [Fact]
    public async Task AnImportKeepsObjectsCreatedThroughTheApiAndRestoresEditedOnes()
    {
        await using var factory = await ImportedDatabase.CopyAsync();
        using var admin = factory.CreateAdminClient();
        var released = EntriesOf(await IndexAsync(factory), "sectors", "S007");
        (await admin.PostJsonAsync("/api/v1/sectors", new { id = "S901", name = "Lighthouse keepers" })).EnsureSuccessStatusCode();
        (await admin.PutJsonAsync("/api/v1/sectors/S007", new { name = "Zanzibar" })).EnsureSuccessStatusCode();
        Assert.Equal([Entry("sectors", "S007", "Zanzibar", null)], EntriesOf(await IndexAsync(factory), "sectors", "S007"));

        (await admin.PostAsync("/api/v1/imports", Workbooks.RealForm())).EnsureSuccessStatusCode();

        var index = await IndexAsync(factory);
        Assert.Equal([Entry("sectors", "S901", "Lighthouse keepers", null)], EntriesOf(index, "sectors", "S901"));
        Assert.Equal(released, EntriesOf(index, "sectors", "S007"));
        Assert.Equal("sectors/S901", Key(Assert.Single(await HitsAsync(admin, "lighthouse"))));
        Assert.Empty(await HitsAsync(admin, "zanzibar"));
    }

    [Fact]
    public async Task AWriteThatFailsLeavesTheIndexAsItWas()
    {
        await using var factory = await ImportedDatabase.CopyAsync();
        using var admin = factory.CreateAdminClient();
        var entries = await IndexAsync(factory);

        // A tactic that does not exist: the database refuses the row, and the save rolls back whole.
        await Assert.ThrowsAsync<DbUpdateException>(() => factory.WithDbAsync(async db =>
        {
            db.Techniques.Add(Technique.Create("T0999", "Wombat Warfare", "TA99", null, null));
            return await db.SaveChangesAsync();
        }));

        Assert.Equal(entries, await IndexAsync(factory));
        Assert.Empty(await HitsAsync(admin, "wombat"));
    }

    [Fact]
    public async Task UpgradingAnImportedDatabaseIndexesWhatItHolds()
    {
        await using var factory = await ImportedDatabase.CopyAsync();
        using var admin = factory.CreateAdminClient();
        (await admin.PostJsonAsync("/api/v1/sectors", new { id = "S901", name = "Lighthouse keepers", summary = "Keep the lights on." })).EnsureSuccessStatusCode();
        var indexed = await IndexAsync(factory);
        Assert.True(indexed.Count > 1400);

        await factory.WithDbAsync(async db =>
        {
            var migrations = db.Database.GetMigrations().ToList();
            var before = migrations[migrations.FindIndex(m => m.EndsWith("_AddSearchIndex", StringComparison.Ordinal)) - 1];
            var migrator = db.GetService<IMigrator>();
            await migrator.MigrateAsync(before);
            Assert.Empty(await db.Database.SqlQueryRaw<string>("SELECT name AS \"Value\" FROM sqlite_master WHERE name = 'search_index'").ToListAsync());
            await migrator.MigrateAsync();
            return 0;
        });

        Assert.Equal(indexed, await IndexAsync(factory));
        Assert.Equal("sectors/S901", Key(Assert.Single(await HitsAsync(admin, "lighthouse"))));
    }

    [Fact]
    public async Task UpgradingKeepsEveryEntryAndLaterWritesReachTheIndexThroughItsTable()
    {
        await using var factory = await ImportedDatabase.CopyAsync();
        using var admin = factory.CreateAdminClient();
        var indexed = await IndexAsync(factory);
        var hits = (await HitsAsync(admin, "deepfake")).Select(Key).ToList();
        Assert.NotEmpty(hits);

        await factory.WithDbAsync(async db =>
        {
            var migrations = db.Database.GetMigrations().ToList();
            var before = migrations[migrations.FindIndex(m => m.EndsWith("_KeepSearchTextInATable", StringComparison.Ordinal)) - 1];
            var migrator = db.GetService<IMigrator>();
            await migrator.MigrateAsync(before);
            Assert.Empty(await db.Database.SqlQueryRaw<string>("SELECT name AS \"Value\" FROM sqlite_master WHERE name = 'search_entries'").ToListAsync());
            await migrator.MigrateAsync();
            return 0;
        });

        Assert.Equal(indexed, await IndexAsync(factory));
        Assert.Equal(hits, (await HitsAsync(admin, "deepfake")).Select(Key).ToList());

        (await admin.PostJsonAsync("/api/v1/sectors", new { id = "S901", name = "Lighthouse keepers", summary = "Keep the lights on." })).EnsureSuccessStatusCode();
        (await admin.PutJsonAsync("/api/v1/sectors/S901", new { name = "Lamp trimmers", summary = "Trim the zanzibarwicks." })).EnsureSuccessStatusCode();
        (await admin.PostJsonAsync("/api/v1/sectors", new { id = "S902", name = "Quokka wranglers" })).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync("/api/v1/sectors/S902")).StatusCode);

        Assert.Empty(await HitsAsync(admin, "lighthouse"));
        Assert.Empty(await HitsAsync(admin, "quokka"));
        Assert.Equal("sectors/S901", Key(Assert.Single(await HitsAsync(admin, "zanzibarwicks"))));

        // With rank 1, FTS5 checks its index against the text in search_entries, row by row, and
        // fails on any entry it indexed differently or missed.
        await factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("""INSERT INTO "search_index" ("search_index", "rank") VALUES ('integrity-check', 1)"""));
    }

    private static async Task<List<JsonNode>> HitsAsync(HttpClient client, string q)
    {
        var page = await (await client.GetAsync($"/api/v1/search?q={Uri.EscapeDataString(q)}&pageSize=200")).ReadJsonAsync(HttpStatusCode.OK);
        return page["items"]!.AsArray().Select(item => item!).ToList();
    }

    private static async Task<int> TotalAsync(HttpClient client, string q) =>
        (int)(await (await client.GetAsync($"/api/v1/search?q={Uri.EscapeDataString(q)}")).ReadJsonAsync(HttpStatusCode.OK))["totalCount"]!;

    private static string Key(JsonNode hit) => $"{hit["type"]}/{hit["id"]}";

    private static string Entry(string type, string id, string? name, string? body) => string.Join('\u001F', type, id, name ?? "(null)", body ?? "(null)");

    private static List<string> EntriesOf(List<string> index, string type, string id) =>
        index.Where(entry => entry.StartsWith($"{type}\u001F{id}\u001F", StringComparison.Ordinal)).ToList();

    /// <summary>Every entry of the index, as text, sorted.</summary>
    private static Task<List<string>> IndexAsync(TaxonomyApiFactory factory) =>
        factory.WithDbAsync(db => db.Database
            .SqlQueryRaw<string>("SELECT \"Type\" || char(31) || \"Id\" || char(31) || coalesce(\"Name\", '(null)') || char(31) || coalesce(\"Body\", '(null)') AS \"Value\" FROM \"search_index\" ORDER BY 1")
            .ToListAsync());
}
