using System.Net;

namespace Taxonomy.Api.Tests;

/// <summary>Link: rel="next" on every page of a list that has a next.</summary>
public sealed class NextLinkTests : IAsyncLifetime
{
    private readonly TaxonomyApiFactory _factory = new();
    private HttpClient _client = null!;

    public async ValueTask InitializeAsync()
    {
        _client = _factory.CreateAdminClient();
        (await _client.PostJsonAsync("/api/v1/phases", new { id = "P01", name = "Plan", rank = 1 })).EnsureSuccessStatusCode();
        (await _client.PostJsonAsync("/api/v1/tactics", new { id = "TA01", name = "Plan Strategy", phaseId = "P01", rank = 1 })).EnsureSuccessStatusCode();
        foreach (var id in new[] { "T0001", "T0002", "T0003" })
        {
            (await _client.PostJsonAsync("/api/v1/techniques", new { id, name = $"Technique {id}", tacticId = "TA01" })).EnsureSuccessStatusCode();
        }
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
    }

    [Theory]
    [InlineData("/api/v1/techniques?pageSize=2&tacticId=TA01", "</api/v1/techniques?pageSize=2&tacticId=TA01&after=T0002>; rel=\"next\"")]
    [InlineData("/api/v1/techniques?page=1&pageSize=2", "</api/v1/techniques?pageSize=2&after=T0002>; rel=\"next\"")]
    [InlineData("/api/v1/techniques?after=T0001&pageSize=1", "</api/v1/techniques?pageSize=1&after=T0002>; rel=\"next\"")]
    public async Task AListPageWithANextLinksToTheFollowingPage(string url, string link)
    {
        // Three times: the answer is made, made again and kept, then served from the server's copy.
        for (var attempt = 0; attempt < 3; attempt++)
        {
            using var response = await _client.GetAsync(url);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal([link], response.Headers.GetValues("Link"));
        }
    }

    [Fact]
    public async Task TheLastPageOfAListHasNoLink()
    {
        using var response = await _client.GetAsync("/api/v1/techniques?pageSize=2&after=T0002");

        var page = await response.ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(["T0003"], page["items"]!.AsArray().Select(item => (string)item!["id"]!));
        Assert.False(response.Headers.Contains("Link"));
    }

    [Fact]
    public async Task FollowingTheChangeFeedsLinkGivesTheChangesAfterThePage()
    {
        using var first = await _client.GetAsync("/api/v1/changes?pageSize=2");
        Assert.Equal(["</api/v1/changes?pageSize=2&after=AQAAAAAAAAAC>; rel=\"next\""], first.Headers.GetValues("Link"));

        using var second = await _client.GetAsync("/api/v1/changes?pageSize=2&after=AQAAAAAAAAAC");

        var page = await second.ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(["T0001", "T0002"], page["items"]!.AsArray().Select(item => (string)item!["id"]!));
        Assert.Equal(["</api/v1/changes?pageSize=2&after=AQAAAAAAAAAE>; rel=\"next\""], second.Headers.GetValues("Link"));
    }
}
