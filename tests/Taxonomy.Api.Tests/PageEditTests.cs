using System.Net;
using System.Net.Http.Headers;

namespace Taxonomy.Api.Tests;

/// <summary>
/// Pages follow admin writes, each on its own copy of the imported release, and an object's API
/// resource serves its page on request, read from one copy for the class.
/// </summary>
public sealed class PageEditTests(ImportedTaxonomy imported) : IClassFixture<ImportedTaxonomy>
{
    [Fact]
    public async Task RenamingATechniqueChangesItsPageAndEveryPageThatListsIt()
    {
        await using var factory = await ImportedDatabase.CopyAsync();
        using var admin = factory.CreateAdminClient();
        var technique = await (await admin.GetAsync("/api/v1/techniques/T0002")).ReadJsonAsync(HttpStatusCode.OK);

        (await admin.PutJsonAsync("/api/v1/techniques/T0002", new { name = "Renamed State Propaganda", tacticId = (string?)technique["tacticId"], summary = "A new summary." })).EnsureSuccessStatusCode();

        Assert.StartsWith("# Technique T0002: Renamed State Propaganda\n\n**Summary**: A new summary.\n", await PageAsync(admin, "techniques/T0002.md"), StringComparison.Ordinal);
        Assert.Contains("| [T0002 Renamed State Propaganda](../../generated_pages/techniques/T0002.md) |", await PageAsync(admin, $"tactics/{technique["tacticId"]}.md"), StringComparison.Ordinal);
        Assert.Contains("<a href=\"techniques/T0002.md\">T0002 Renamed State Propaganda</a>", await PageAsync(admin, "disarm_red_framework.md"), StringComparison.Ordinal);
        Assert.Contains(">T0002</a></td>\n<td>Renamed State Propaganda</td>", await PageAsync(admin, "techniques_index.md"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TechniquesAnAdminLinksToACounterAllShowOnTheirPages()
    {
        await using var factory = await ImportedDatabase.CopyAsync();
        using var admin = factory.CreateAdminClient();
        var counter = await (await admin.GetAsync("/api/v1/counters/C00006")).ReadJsonAsync(HttpStatusCode.OK);
        counter.AsObject().Remove("id");
        counter.AsObject().Remove("inLatestImport");
        counter.AsObject().Remove("version");
        counter.AsObject().Remove("modified");
        counter["techniqueIds"] = new System.Text.Json.Nodes.JsonArray("T0002", "T0003");

        (await admin.PutJsonAsync("/api/v1/counters/C00006", counter)).EnsureSuccessStatusCode();

        foreach (var techniqueId in new[] { "T0002", "T0003" })
        {
            Assert.Contains("| [C00006 Charge for social media](../../generated_pages/counters/C00006.md) |", await PageAsync(admin, $"techniques/{techniqueId}.md"), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task CreatedAndDeletedObjectsGainAndLoseTheirPages()
    {
        await using var factory = await ImportedDatabase.CopyAsync();
        using var admin = factory.CreateAdminClient();

        (await admin.PostJsonAsync("/api/v1/techniques", new { id = "T0166.901", name = "Local sub-technique" })).EnsureSuccessStatusCode();

        Assert.Contains("**Parent Technique:** T0166 AI-Generated Content", await PageAsync(admin, "techniques/T0166.901.md"), StringComparison.Ordinal);
        Assert.Contains("| [T0166.901 Local sub-technique](../../generated_pages/techniques/T0166.901.md) |", await PageAsync(admin, "tactics/TA06.md"), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync("/api/v1/techniques/T0166.901")).StatusCode);

        using var gone = new HttpRequestMessage(HttpMethod.Get, "/generated_pages/techniques/T0166.901.md");
        gone.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/markdown"));
        await (await admin.SendAsync(gone)).ReadProblemAsync(HttpStatusCode.NotFound);
        Assert.DoesNotContain("T0166.901", await PageAsync(admin, "tactics/TA06.md"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("techniques", "t0166.003")]
    [InlineData("incidents", "I00251")]
    [InlineData("counters", "C00006")]
    [InlineData("tactics", "TA06")]
    [InlineData("phases", "P01")]
    [InlineData("tasks", "TK0001")]
    [InlineData("actor-types", "A033")]
    [InlineData("metatechniques", "M004")]
    public async Task ResourceServesItsPageWhenMarkdownIsPreferred(string resource, string id)
    {
        using var client = imported.Factory.CreateClient();
        var folder = resource.Replace("-", "", StringComparison.Ordinal);

        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/{resource}/{id}");
        request.Headers.Accept.ParseAdd("text/markdown, application/json;q=0.5");
        using var markdown = await client.SendAsync(request);
        using var json = await client.GetAsync($"/api/v1/{resource}/{id}");

        Assert.Equal(HttpStatusCode.OK, markdown.StatusCode);
        Assert.Equal("text/markdown", markdown.Content.Headers.ContentType?.MediaType);
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(DisarmData.Folder, "generated_pages", folder, $"{id.ToUpperInvariant()}.md")), await markdown.Content.ReadAsByteArrayAsync());
        Assert.Contains("Accept", markdown.Headers.Vary);
        Assert.Equal("application/json", json.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Accept", json.Headers.Vary);
    }

    [Fact]
    public async Task MarkdownOfAnUnknownObjectIsNotFound()
    {
        await using var factory = new TaxonomyApiFactory();
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("text/markdown"));

        await (await client.GetAsync("/api/v1/techniques/T9999")).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    private static async Task<string> PageAsync(HttpClient client, string path)
    {
        // Pages are served as Markdown only, and the admin client accepts only JSON.
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/generated_pages/{path}");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/markdown"));
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }
}
