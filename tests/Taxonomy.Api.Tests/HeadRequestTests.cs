using System.Net;

namespace Taxonomy.Api.Tests;

/// <summary>HEAD on every GET route: the GET's status and headers, no body.</summary>
public sealed class HeadRequestTests(ImportedTaxonomy imported) : IClassFixture<ImportedTaxonomy>
{
    [Theory]
    [InlineData("/api/v1/techniques/T0002")]
    [InlineData("/api/v1/techniques?pageSize=5")]
    [InlineData("/generated_pages/techniques/T0002.md")]
    [InlineData("/api/v1/stix/bundle")]
    public async Task HeadAnswersTheGetsStatusAndHeadersWithoutABody(string url)
    {
        using var client = imported.Factory.CreateClient();
        using var get = await client.GetAsync(url);
        var body = await get.Content.ReadAsByteArrayAsync();

        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));

        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        Assert.NotNull(head.Headers.ETag);
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
        Assert.Equal(get.Content.Headers.ContentType, head.Content.Headers.ContentType);
        Assert.Equal("public, no-cache", head.Headers.CacheControl?.ToString());
        Assert.NotEmpty(body);
        if (url != "/api/v1/stix/bundle")
        {
            Assert.Equal(body.Length, head.Content.Headers.ContentLength);
        }
    }

    [Theory]
    [InlineData("/api/v1/techniques/T0002")]
    [InlineData("/api/v1/techniques?pageSize=5")]
    [InlineData("/generated_pages/techniques/T0002.md")]
    [InlineData("/api/v1/stix/bundle")]
    public async Task HeadWithTheGetsETagInIfNoneMatchIsNotModified(string url)
    {
        using var client = imported.Factory.CreateClient();
        using var get = await client.GetAsync(url);

        using var request = new HttpRequestMessage(HttpMethod.Head, url);
        request.Headers.IfNoneMatch.Add(get.Headers.ETag!);
        using var head = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, head.StatusCode);
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
    }

    [Fact]
    public async Task HeadFirstThenGetServeTheSameAnswer()
    {
        using var client = imported.Factory.CreateClient();
        const string url = "/api/v1/techniques?pageSize=3&page=2";

        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, url));
        using var get = await client.GetAsync(url);
        var body = await get.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(head.Headers.ETag, get.Headers.ETag);
        Assert.Equal(head.Content.Headers.ContentLength, body.Length);
        Assert.StartsWith("{\"items\":[", System.Text.Encoding.UTF8.GetString(body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HeadOfAMissingObjectIsNotFoundWithoutABody()
    {
        using var client = imported.Factory.CreateClient();

        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/api/v1/techniques/T9999"));

        Assert.Equal(HttpStatusCode.NotFound, head.StatusCode);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task HeadOnAWriteOnlyRouteIsMethodNotAllowed()
    {
        using var client = imported.Factory.CreateClient();

        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/api/v1/techniques/T0002/history/1/restore"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, head.StatusCode);
        Assert.Equal(["POST"], head.Content.Headers.Allow);
    }
}
