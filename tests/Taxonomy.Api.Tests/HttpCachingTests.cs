using System.Net;
using System.Net.Http.Headers;
using Microsoft.Data.Sqlite;

namespace Taxonomy.Api.Tests;

/// <summary>ETags, 304s and the server-side copies of answers, which must never outlive the data.</summary>
public sealed class HttpCachingTests : IAsyncLifetime
{
    private readonly TaxonomyApiFactory _factory = new();
    private HttpClient _admin = null!;

    // Sends no Accept: pages are served as Markdown only, and the admin client accepts only JSON.
    private HttpClient _reader = null!;

    public async ValueTask InitializeAsync()
    {
        _admin = _factory.CreateAdminClient();
        _reader = _factory.CreateClient();
        (await _admin.PostJsonAsync("/api/v1/phases", new { id = "P01", name = "Plan", rank = 1 })).EnsureSuccessStatusCode();
        (await _admin.PostJsonAsync("/api/v1/tactics", new { id = "TA01", name = "Plan Strategy", phaseId = "P01", rank = 1 })).EnsureSuccessStatusCode();
        (await _admin.PostJsonAsync("/api/v1/techniques", new { id = "T0001", name = "First name", tacticId = "TA01" })).EnsureSuccessStatusCode();
    }

    public async ValueTask DisposeAsync()
    {
        _admin.Dispose();
        _reader.Dispose();
        await _factory.DisposeAsync();
    }

    [Theory]
    [InlineData("/api/v1/techniques/T0001", "/api/v1/techniques/T0999")]
    [InlineData("/generated_pages/techniques/T0001.md", "/generated_pages/techniques/T0999.md")]
    public async Task IfNoneMatchStarIs304ForAnAnswerThereIsAnd404ForOneThereIsNot(string existing, string missing)
    {
        // Twice each: the first answer is made, the second may come from the server-side copy.
        for (var attempt = 0; attempt < 2; attempt++)
        {
            using var found = await SendAsync(existing, EntityTagHeaderValue.Any);
            Assert.Equal(HttpStatusCode.NotModified, found.StatusCode);
            Assert.NotNull(found.Headers.ETag);
            Assert.Empty(await found.Content.ReadAsByteArrayAsync());

            using var notFound = await SendAsync(missing, EntityTagHeaderValue.Any);
            await notFound.ReadProblemAsync(HttpStatusCode.NotFound);
        }
    }

    [Theory]
    [InlineData("/api/v1/techniques/T0001")]
    [InlineData("/api/v1/techniques?pageSize=5")]
    [InlineData("/generated_pages/techniques/T0001.md")]
    public async Task IfNoneMatchComparesWeaklyAsRfc9110AsksForGet(string url)
    {
        using var first = await _reader.GetAsync(url);
        var weak = new EntityTagHeaderValue(first.Headers.ETag!.Tag, isWeak: true);

        using var second = await SendAsync(url, weak);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    [Theory]
    [InlineData("/api/v1/techniques/T0001")]
    [InlineData("/api/v1/techniques?pageSize=5")]
    [InlineData("/generated_pages/techniques/T0001.md")]
    public async Task ReadsCarryAStrongETagAndA304ForAMatchingIfNoneMatch(string url)
    {
        using var first = await _reader.GetAsync(url);
        var etag = first.Headers.ETag;

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.NotNull(etag);
        Assert.False(etag.IsWeak);
        Assert.Equal("public, no-cache", first.Headers.CacheControl?.ToString());
        Assert.Contains("Accept", first.Headers.Vary);

        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.IfNoneMatch.Add(etag);
        using var revalidated = await _reader.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
        Assert.Equal(etag, revalidated.Headers.ETag);
        Assert.Empty(await revalidated.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task ARepeatedReadGivesTheSameBodyAndETag()
    {
        using var first = await _admin.GetAsync("/api/v1/techniques/T0001");
        using var second = await _admin.GetAsync("/api/v1/techniques/T0001");

        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.Equal("application/json", second.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task AnAdminWriteMakesEveryCachedAnswerStale()
    {
        using var before = await _admin.GetAsync("/api/v1/techniques/T0001");
        var page = await _reader.GetStringAsync("/generated_pages/tactics/TA01.md");
        Assert.Contains("T0001 First name", page, StringComparison.Ordinal);

        (await _admin.PutJsonAsync("/api/v1/techniques/T0001", new { name = "Second name", tacticId = "TA01" })).EnsureSuccessStatusCode();

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/techniques/T0001");
        request.Headers.IfNoneMatch.Add(before.Headers.ETag!);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var after = await _admin.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
        Assert.Contains("Second name", await after.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("T0001 Second name", await _reader.GetStringAsync("/generated_pages/tactics/TA01.md"), StringComparison.Ordinal);
    }

    /// <summary>An import from the command line writes from another process: the API must notice without being told.</summary>
    [Fact]
    public async Task AWriteFromAnotherConnectionMakesCachedAnswersStale()
    {
        Assert.Contains("First name", await _admin.GetStringAsync("/api/v1/techniques/T0001"), StringComparison.Ordinal);

        await using (var other = new SqliteConnection($"Data Source={_factory.DatabasePath};Pooling=False"))
        {
            await other.OpenAsync();
            await using var update = other.CreateCommand();
            update.CommandText = "UPDATE techniques SET \"Name\" = 'Written elsewhere' WHERE \"Id\" = 'T0001'";
            Assert.Equal(1, await update.ExecuteNonQueryAsync());
        }

        Assert.Contains("Written elsewhere", await _admin.GetStringAsync("/api/v1/techniques/T0001"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MarkdownAndJsonOfTheSameUrlHaveDifferentETags()
    {
        using var json = await _admin.GetAsync("/api/v1/techniques/T0001");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/techniques/T0001");
        request.Headers.Accept.Clear();
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/markdown"));
        using var markdown = await _admin.SendAsync(request);

        Assert.Equal("text/markdown", markdown.Content.Headers.ContentType?.MediaType);
        Assert.NotEqual(json.Headers.ETag, markdown.Headers.ETag);
    }

    [Fact]
    public async Task ProblemsAreNotCachedAndCarryNoETag()
    {
        using var missing = await _admin.GetAsync("/api/v1/techniques/T0002");
        await missing.ReadProblemAsync(HttpStatusCode.NotFound);
        (await _admin.PostJsonAsync("/api/v1/techniques", new { id = "T0002", name = "Now there", tacticId = "TA01" })).EnsureSuccessStatusCode();

        Assert.Null(missing.Headers.ETag);
        Assert.Contains("Now there", await _admin.GetStringAsync("/api/v1/techniques/T0002"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListTotalsFollowWritesFromTheApiAndFromAnotherConnection()
    {
        Assert.Equal(1, await TotalCountAsync("/api/v1/techniques?pageSize=1"));

        (await _admin.PostJsonAsync("/api/v1/techniques", new { id = "T0002", name = "Added", tacticId = "TA01" })).EnsureSuccessStatusCode();
        Assert.Equal(2, await TotalCountAsync("/api/v1/techniques?pageSize=1&page=2"));

        await using (var other = new SqliteConnection($"Data Source={_factory.DatabasePath};Pooling=False"))
        {
            await other.OpenAsync();
            await using var delete = other.CreateCommand();
            delete.CommandText = "DELETE FROM techniques WHERE \"Id\" = 'T0002'";
            Assert.Equal(1, await delete.ExecuteNonQueryAsync());
        }

        Assert.Equal(1, await TotalCountAsync("/api/v1/techniques?pageSize=1&page=3"));
    }

    [Fact]
    public async Task ListsFilteredDifferentlyKeepTheirOwnTotals()
    {
        (await _admin.PostJsonAsync("/api/v1/tactics", new { id = "TA02", name = "Plan Objectives", phaseId = "P01", rank = 2 })).EnsureSuccessStatusCode();
        (await _admin.PostJsonAsync("/api/v1/techniques", new { id = "T0002", name = "Second", tacticId = "TA02" })).EnsureSuccessStatusCode();
        (await _admin.PostJsonAsync("/api/v1/techniques", new { id = "T0003", name = "Third", tacticId = "TA02" })).EnsureSuccessStatusCode();

        Assert.Equal(1, await TotalCountAsync("/api/v1/techniques?tacticId=TA01"));
        Assert.Equal(2, await TotalCountAsync("/api/v1/techniques?tacticId=TA02"));
        Assert.Equal(3, await TotalCountAsync("/api/v1/techniques"));
        Assert.Equal(2, await TotalCountAsync("/api/v1/techniques?tacticId=ta02&pageSize=1"));
    }

    [Theory]
    [InlineData("/generated_pages/disarm_red_framework.md", HttpStatusCode.OK)]
    [InlineData("/api/v1/techniques?pageSize=5", HttpStatusCode.OK)]
    [InlineData("/api/v1/techniques/T0404", HttpStatusCode.NotFound)]
    public async Task RequestsArrivingTogetherForOneAnswerEachGetTheWholeOfIt(string url, HttpStatusCode status)
    {
        // One request makes the answer while the others wait for it; each must still get all of it
        // (or, for a problem, a problem of its own).
        var responses = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => _reader.GetAsync(url)));
        using var alone = await _reader.GetAsync(url);
        var expected = await alone.Content.ReadAsStringAsync();

        Assert.Equal(status, alone.StatusCode);
        Assert.NotEmpty(expected);
        foreach (var response in responses)
        {
            using (response)
            {
                Assert.Equal(status, response.StatusCode);
                Assert.Equal(alone.Content.Headers.ContentType?.MediaType, response.Content.Headers.ContentType?.MediaType);
                Assert.Equal(alone.Headers.ETag, response.Headers.ETag);
                if (status == HttpStatusCode.OK)
                {
                    Assert.Equal(expected, await response.Content.ReadAsStringAsync());
                }
                else
                {
                    Assert.Contains("T0404", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
                }
            }
        }
    }

    private async Task<int> TotalCountAsync(string url)
    {
        using var response = await _reader.GetAsync(url);
        return (await response.ReadJsonAsync(HttpStatusCode.OK))["totalCount"]!.GetValue<int>();
    }

    private Task<HttpResponseMessage> SendAsync(string url, EntityTagHeaderValue ifNoneMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.IfNoneMatch.Add(ifNoneMatch);
        return _reader.SendAsync(request);
    }
}
