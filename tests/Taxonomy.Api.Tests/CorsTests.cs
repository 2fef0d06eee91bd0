using System.Net;

namespace Taxonomy.Api.Tests;

/// <summary>Any origin may read; only the configured origins may write.</summary>
public sealed class CorsTests : IAsyncLifetime
{
    private const string Editor = "https://editor.example.org";

    private readonly TaxonomyApiFactory _factory = new TaxonomyApiFactory().With("Taxonomy:Cors:WriteOrigins:0", Editor);
    private HttpClient _client = null!;

    public ValueTask InitializeAsync()
    {
        _client = _factory.CreateClient();
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
    }

    [Fact]
    public async Task APreflightForAGetIsAllowedFromAnyOrigin()
    {
        using var response = await PreflightAsync("https://anyone.example.com", "GET", "if-none-match");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(["*"], response.Headers.GetValues("Access-Control-Allow-Origin"));
        Assert.Equal(["GET,HEAD"], response.Headers.GetValues("Access-Control-Allow-Methods"));
        Assert.Equal(["X-Api-Key,Content-Type,If-Match,If-None-Match"], response.Headers.GetValues("Access-Control-Allow-Headers"));
    }

    [Fact]
    public async Task AReadFromAnyOriginMayBeReadWithItsValidatorsAndLinks()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/techniques");
        request.Headers.Add("Origin", "https://anyone.example.com");

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["*"], response.Headers.GetValues("Access-Control-Allow-Origin"));
        Assert.Equal(["ETag,Location,Link,Retry-After"], response.Headers.GetValues("Access-Control-Expose-Headers"));
    }

    [Fact]
    public async Task APreflightForAPutFromAnOriginNotConfiguredIsNotAllowed()
    {
        using var response = await PreflightAsync("https://elsewhere.example.com", "PUT", "content-type,x-api-key");

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.False(response.Headers.Contains("Access-Control-Allow-Methods"));
    }

    [Fact]
    public async Task APreflightForAPutFromAConfiguredOriginIsAllowed()
    {
        using var response = await PreflightAsync(Editor, "PUT", "content-type,if-match,x-api-key");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal([Editor], response.Headers.GetValues("Access-Control-Allow-Origin"));
        Assert.Equal(["GET,HEAD,POST,PUT,DELETE"], response.Headers.GetValues("Access-Control-Allow-Methods"));
        Assert.Equal(["X-Api-Key,Content-Type,If-Match,If-None-Match"], response.Headers.GetValues("Access-Control-Allow-Headers"));
    }

    [Fact]
    public async Task AnOriginWithAPathStopsTheApiNamingTheSetting()
    {
        await using var factory = new TaxonomyApiFactory().With("Taxonomy:Cors:WriteOrigins:0", "https://editor.example.org/");

        var error = Assert.Throws<InvalidOperationException>(() => factory.CreateClient());

        Assert.Contains("Taxonomy:Cors:WriteOrigins:0", error.Message, StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> PreflightAsync(string origin, string method, string headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/api/v1/techniques/T0001");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", method);
        request.Headers.Add("Access-Control-Request-Headers", headers);
        return await _client.SendAsync(request);
    }
}
