using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Taxonomy.Infrastructure.Catalog;

namespace Taxonomy.Api.Tests;

/// <summary>
/// Every type the descriptor table lists is served whole: its five routes, search, its pages
/// where DISARM publishes them, and its sheet in imports. A type added to the table without one
/// of these fails here.
/// </summary>
public sealed class DisarmTypesTests(ImportedTaxonomy imported) : IClassFixture<ImportedTaxonomy>
{
    private readonly HttpClient _client = imported.Factory.CreateClient();

    public static TheoryData<string> Resources => [.. DisarmTypes.All.Select(type => type.Resource)];

    [Theory]
    [MemberData(nameof(Resources))]
    public void EveryTypeHasItsListGetCreateReplaceAndDeleteRoutes(string resource)
    {
        var routes = imported.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(endpoint => (endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(method => $"{method} {endpoint.RoutePattern.RawText}"))
            .ToHashSet(StringComparer.Ordinal);
        const string id = "{id}";

        Assert.Subset(routes, new HashSet<string>(StringComparer.Ordinal)
        {
            $"GET api/v1/{resource}", $"POST api/v1/{resource}", $"GET api/v1/{resource}/{id}", $"PUT api/v1/{resource}/{id}", $"DELETE api/v1/{resource}/{id}",
        });
    }

    [Theory]
    [MemberData(nameof(Resources))]
    public async Task EveryTypeIsImportedFromItsSheetAndReadThroughItsRoutes(string resource)
    {
        var type = DisarmTypes.Named(resource)!;
        var count = imported.Report["types"]!.AsArray().Single(t => (string)t!["type"]! == resource)!;
        Assert.True((int)count["inRelease"]! > 0, $"The v1.7 import has no {resource}.");
        Assert.True(await imported.Factory.WithDbAsync(db => db.ImportedRows.AnyAsync(row => row.Sheet == type.Sheet)), $"No row of sheet {type.Sheet} was kept.");

        var first = await FirstAsync(resource);
        await (await _client.GetAsync($"/api/v1/{resource}/{first["id"]}")).ReadJsonAsync(HttpStatusCode.OK);
    }

    [Theory]
    [MemberData(nameof(Resources))]
    public async Task EverySearchableTypeIsFoundBySearch(string resource)
    {
        var type = DisarmTypes.Named(resource)!;
        Assert.Equal(resource != "references", type.IsSearchable);
        if (!type.IsSearchable)
        {
            await (await _client.GetAsync($"/api/v1/search?q=a&types={resource}")).ReadBadRequestAsync("types");
            return;
        }

        var first = await FirstAsync(resource);
        var text = (string?)first["name"] ?? (string?)first["description"];
        var word = text!.Split([' ', '<', '>', '"', '\'', '(', ')', ',', '.', ':', '-', '\n'], StringSplitOptions.RemoveEmptyEntries).First(w => w.Length > 3 && w.All(char.IsLetter));
        var hits = await (await _client.GetAsync($"/api/v1/search?q={Uri.EscapeDataString(word)}&types={resource}&pageSize=200")).ReadJsonAsync(HttpStatusCode.OK);

        Assert.Contains(hits["items"]!.AsArray(), hit => (string)hit!["id"]! == first["id"]!.ToString() && (string)hit["type"]! == resource);
    }

    /// <summary>Which types have pages, and in which folders, is read from DISARM's published pages, not from the table under test.</summary>
    [Fact]
    public void ThePageFoldersAreThoseDisarmPublishes()
    {
        var published = Directory.GetDirectories(Path.Combine(DisarmData.Folder, "generated_pages")).Select(Path.GetFileName);

        Assert.Equal(published.Order(StringComparer.Ordinal), DisarmTypes.All.Select(type => type.PageFolder).OfType<string>().Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Resources))]
    public async Task EveryTypeWithPagesServesThemAndNoOtherDoes(string resource)
    {
        var type = DisarmTypes.Named(resource)!;
        var id = (await FirstAsync(resource))["id"]!.ToString();
        using var page = await _client.GetAsync($"/generated_pages/{type.PageFolder ?? resource.Replace("-", "", StringComparison.Ordinal)}/{id}.md");
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/{resource}/{id}");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/markdown"));
        using var markdown = await _client.SendAsync(request);

        var hasPages = type.PageFolder is not null;
        Assert.Equal(hasPages ? HttpStatusCode.OK : HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(hasPages ? HttpStatusCode.OK : HttpStatusCode.NotAcceptable, markdown.StatusCode);
        Assert.Equal(hasPages ? "text/markdown" : "application/problem+json", markdown.Content.Headers.ContentType?.MediaType);
    }

    private async Task<JsonNode> FirstAsync(string resource)
    {
        var list = await (await _client.GetAsync($"/api/v1/{resource}?pageSize=1")).ReadJsonAsync(HttpStatusCode.OK);
        return list["items"]!.AsArray()[0]!;
    }
}
