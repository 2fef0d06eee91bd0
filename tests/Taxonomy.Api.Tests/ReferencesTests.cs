using System.Net;

namespace Taxonomy.Api.Tests;

/// <summary>References have no DISARM id: the API numbers them, and their URL identifies them.</summary>
public sealed class ReferencesTests(TaxonomyApiFactory factory) : IClassFixture<TaxonomyApiFactory>
{
    private readonly HttpClient _admin = factory.CreateAdminClient();

    [Fact]
    public async Task ReferenceCanBeCreatedReadReplacedAndDeleted()
    {
        var create = new
        {
            url = "https://example.com/references/11",
            publishedOn = "2025-12-08",
            publishedOnText = (string?)null,
            authors = "Stacey Leasca",
            organisation = "Glamour",
            archiveUrl = "https://archive.is/rZDdF",
        };
        var created = await _admin.PostJsonAsync("/api/v1/references", create);
        var body = await created.ReadJsonAsync(HttpStatusCode.Created);
        var id = (int)body["id"]!;
        var url = $"/api/v1/references/{id}";
        Assert.Equal(url, created.Headers.Location?.OriginalString);
        Crud.AssertJsonEqual(Crud.Expected(id, create), body);
        Crud.AssertJsonEqual(Crud.Expected(id, create), await (await _admin.GetAsync(url)).ReadJsonAsync(HttpStatusCode.OK));

        var replace = new
        {
            url = "https://example.com/references/11-moved",
            publishedOn = (string?)null,
            publishedOnText = "2017/07/07",
            authors = (string?)null,
            organisation = "Glamour UK",
            archiveUrl = (string?)null,
        };
        Crud.AssertJsonEqual(Crud.Expected(id, replace, version: 2), await (await _admin.PutJsonAsync(url, replace)).ReadJsonAsync(HttpStatusCode.OK));
        Crud.AssertJsonEqual(Crud.Expected(id, replace, version: 2), await (await _admin.GetAsync(url)).ReadJsonAsync(HttpStatusCode.OK));
        await (await _admin.PutJsonAsync(url, new { id = id + 1, replace.url })).ReadBadRequestAsync("id");

        Assert.Equal(HttpStatusCode.NoContent, (await _admin.DeleteAsync(url)).StatusCode);
        await (await _admin.GetAsync(url)).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await _admin.DeleteAsync(url)).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task CreatingReferenceWithTakenUrlIsConflict()
    {
        await _admin.CreateAsync("references", new { url = "https://example.com/references/21" });

        await (await _admin.PostJsonAsync("/api/v1/references", new { url = " https://example.com/references/21 " })).ReadProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task MovingReferenceToTakenUrlIsConflictAndChangesNothing()
    {
        await _admin.CreateAsync("references", new { url = "https://example.com/references/22" });
        var other = await _admin.CreateAsync("references", new { url = "https://example.com/references/23" });
        var url = $"/api/v1/references/{(int)other["id"]!}";

        await (await _admin.PutJsonAsync(url, new { url = "https://example.com/references/22" })).ReadProblemAsync(HttpStatusCode.Conflict);
        Crud.AssertJsonEqual(other, await (await _admin.GetAsync(url)).ReadJsonAsync(HttpStatusCode.OK));
    }

    [Fact]
    public async Task CreatingReferenceWithoutValidUrlIsBadRequest()
    {
        await (await _admin.PostJsonAsync("/api/v1/references", new { authors = "No URL" })).ReadBadRequestAsync("url");
        await (await _admin.PostJsonAsync("/api/v1/references", new { url = "not a url" })).ReadBadRequestAsync("url");
        await (await _admin.PostJsonAsync("/api/v1/references", new { url = "https://example.com/references/24", archiveUrl = "mailto:x@example.com" })).ReadBadRequestAsync("archiveUrl");
    }

    [Fact]
    public async Task NonNumericReferenceIdInUrlIsNotFound()
    {
        await (await _admin.GetAsync("/api/v1/references/R25")).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await _admin.PutJsonAsync("/api/v1/references/R25", new { url = "https://example.com/references/25" })).ReadProblemAsync(HttpStatusCode.NotFound);
        await (await _admin.DeleteAsync("/api/v1/references/R25")).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ReferencesFilteredByUrlAreExactlyTheOneWithThatUrl()
    {
        var wanted = await _admin.CreateAsync("references", new { url = "https://example.com/references/41" });
        await _admin.CreateAsync("references", new { url = "https://example.com/references/41/more" });

        Assert.Equal([wanted["id"]!.ToString()], await _admin.ListIdsAsync("references?url=https://example.com/references/41"));
        Assert.Empty(await _admin.ListIdsAsync("references?url=https://example.com/references/49"));
    }
}
