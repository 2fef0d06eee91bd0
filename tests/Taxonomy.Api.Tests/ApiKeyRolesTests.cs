using Microsoft.EntityFrameworkCore;
using System.Net;

namespace Taxonomy.Api.Tests;

/// <summary>Named keys with roles: an editor edits objects, an admin also imports and restores, and versions name who did what.</summary>
public sealed class ApiKeyRolesTests
{
    private const string EditorKey = "editor-key-0123456789abcdef";
    private const string AdminKey = "admin-key-0123456789abcdef";

    [Fact]
    public async Task AnEditorEditsButMayNotImportOrRestore()
    {
        await using var factory = WithNamedKeys(new TaxonomyApiFactory());
        using var editor = Client(factory, EditorKey);

        await (await editor.PostJsonAsync("/api/v1/sectors", new { id = "S051", name = "Edited" })).ReadJsonAsync(HttpStatusCode.Created);
        (await editor.PutJsonAsync("/api/v1/sectors/S051", new { name = "Edited again" })).EnsureSuccessStatusCode();
        using var form = Workbooks.RealForm();
        await (await editor.PostAsync("/api/v1/imports", form)).ReadProblemAsync(HttpStatusCode.Forbidden);
        await (await editor.PostAsync("/api/v1/sectors/S051/history/1/restore", null)).ReadProblemAsync(HttpStatusCode.Forbidden);

        using var admin = Client(factory, AdminKey);
        await (await admin.PostAsync("/api/v1/sectors/S051/history/1/restore", null)).ReadJsonAsync(HttpStatusCode.OK);
        var history = await (await admin.GetAsync("/api/v1/sectors/S051/history")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(["chief", "curator", "curator"], history["items"]!.AsArray().Select(v => (string)v!["changedBy"]!));
    }

    [Fact]
    public async Task KeyMaterialAppearsInNoVersion()
    {
        await using var factory = WithNamedKeys(new TaxonomyApiFactory());
        using var editor = Client(factory, EditorKey);
        await editor.CreateAsync("sectors", new { id = "S052", name = "Secretive" });

        var versions = await factory.WithDbAsync(db => db.Versions.Select(v => v.ChangedBy + v.Resource).ToListAsync());

        Assert.DoesNotContain(versions, text => text.Contains(EditorKey, StringComparison.Ordinal) || text.Contains(AdminKey, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Taxonomy:ApiKeys:0:Role", "Owner", "neither Editor nor Admin")]
    [InlineData("Taxonomy:ApiKeys:0:Key", "short", "shorter than 16")]
    [InlineData("Taxonomy:ApiKeys:0:Name", "", "has no Name")]
    public void AMistakenKeyStopsTheApiNamingTheSetting(string setting, string value, string message)
    {
        using var factory = WithNamedKeys(new TaxonomyApiFactory()).With(setting, value);

        var failure = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains(message, failure.ToString(), StringComparison.Ordinal);
        Assert.Contains("Taxonomy:ApiKeys:0", failure.ToString(), StringComparison.Ordinal);
    }

    private static TaxonomyApiFactory WithNamedKeys(TaxonomyApiFactory factory) =>
        factory
            .With("Taxonomy:ApiKeys:0:Name", "curator").With("Taxonomy:ApiKeys:0:Key", EditorKey).With("Taxonomy:ApiKeys:0:Role", "Editor")
            .With("Taxonomy:ApiKeys:1:Name", "chief").With("Taxonomy:ApiKeys:1:Key", AdminKey).With("Taxonomy:ApiKeys:1:Role", "Admin");

    private static HttpClient Client(TaxonomyApiFactory factory, string key)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }
}
