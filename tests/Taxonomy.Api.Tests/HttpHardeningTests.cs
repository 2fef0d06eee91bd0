using System.Net;
using Microsoft.Extensions.Logging;

namespace Taxonomy.Api.Tests;

/// <summary>What a hostile client or a browser page can do with the API's answers (OWASP API Security Top 10, 2023).</summary>
public sealed class HttpHardeningTests
{
    [Theory]
    [InlineData("/api/v1/sectors", HttpStatusCode.OK)]
    [InlineData("/api/v1/sectors/S999", HttpStatusCode.NotFound)]
    [InlineData("/api/v1/sectors?pageSize=0", HttpStatusCode.BadRequest)]
    [InlineData("/generated_pages/techniques/T0001.md", HttpStatusCode.NotFound)]
    [InlineData("/no/such/route", HttpStatusCode.NotFound)]
    [InlineData("/openapi/v1.json", HttpStatusCode.OK)]
    public async Task EveryAnswerCarriesTheSecurityHeaders(string url, HttpStatusCode status)
    {
        await using var factory = new TaxonomyApiFactory();

        using var response = await factory.CreateClient().GetAsync(url);

        Assert.Equal(status, response.StatusCode);
        AssertSecurityHeaders(response, "default-src 'none'; frame-ancestors 'none'");
    }

    [Fact]
    public async Task AWriteWithoutAKeyAndSwaggerUiCarryTheSecurityHeadersToo()
    {
        await using var factory = new TaxonomyApiFactory();
        using var client = factory.CreateClient();

        using var unauthorized = await client.PostJsonAsync("/api/v1/sectors", new { id = "S900", name = "x" });
        using var swagger = await client.GetAsync("/swagger/index.html");

        Assert.Equal(HttpStatusCode.Unauthorized, unauthorized.StatusCode);
        AssertSecurityHeaders(unauthorized, "default-src 'none'; frame-ancestors 'none'");
        Assert.Equal(HttpStatusCode.OK, swagger.StatusCode);
        AssertSecurityHeaders(swagger, "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'");
    }

    [Fact]
    public async Task OutsideDevelopmentSwaggerUiIsOffUnlessTurnedOnAndTheDocumentIsServed()
    {
        await using (var production = new TaxonomyApiFactory().With("environment", "Production"))
        {
            using var client = production.CreateClient();
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/swagger/index.html")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/openapi/v1.json")).StatusCode);
        }

        await using var turnedOn = new TaxonomyApiFactory().With("environment", "Production").With("Taxonomy:SwaggerUi", "true");
        Assert.Equal(HttpStatusCode.OK, (await turnedOn.CreateClient().GetAsync("/swagger/index.html")).StatusCode);
    }

    [Fact]
    public async Task TheOpenApiDocumentCanBeTurnedOffButNotUnderSwaggerUi()
    {
        await using (var off = new TaxonomyApiFactory().With("Taxonomy:OpenApiDocument", "false").With("Taxonomy:SwaggerUi", "false"))
        {
            Assert.Equal(HttpStatusCode.NotFound, (await off.CreateClient().GetAsync("/openapi/v1.json")).StatusCode);
        }

        await using var contradictory = new TaxonomyApiFactory().With("Taxonomy:OpenApiDocument", "false").With("Taxonomy:SwaggerUi", "true");
        var failure = Assert.Throws<InvalidOperationException>(() => contradictory.CreateClient());
        Assert.Contains("Taxonomy:OpenApiDocument", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AForgedHostHeaderNeverReachesLocationOrTheOpenApiDocument()
    {
        await using var factory = new TaxonomyApiFactory();
        using var admin = factory.CreateAdminClient();
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/sectors") { Content = System.Net.Http.Json.JsonContent.Create(new { id = "S900", name = "Forged" }) };
        request.Headers.Host = "evil.example";

        using var created = await admin.SendAsync(request);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("/api/v1/sectors/S900", created.Headers.Location?.OriginalString);
        Assert.DoesNotContain("evil.example", await created.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var document = new HttpRequestMessage(HttpMethod.Get, "/openapi/v1.json");
        document.Headers.Host = "evil.example";
        Assert.DoesNotContain("evil.example", await (await admin.SendAsync(document)).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheRequestLogRecordsTheStatusTheClientGotAndHandledProblemsAreNoErrors()
    {
        await using var factory = new TaxonomyApiFactory().CaptureLogs();
        using var admin = factory.CreateAdminClient();
        (await admin.PostJsonAsync("/api/v1/sectors", new { id = "S901", name = "Taken" })).EnsureSuccessStatusCode();

        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync("/api/v1/sectors/S999")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.DeleteAsync("/api/v1/sectors/S999")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostJsonAsync("/api/v1/sectors", new { id = "S901", name = "Again" })).StatusCode);

        var requests = factory.Logs!.Entries.Where(entry => entry.Category.EndsWith("HttpLoggingMiddleware", StringComparison.Ordinal)).Select(entry => entry.Message).ToList();
        Assert.Contains(requests, line => line.Contains("Method: GET", StringComparison.Ordinal) && line.Contains("/api/v1/sectors/S999", StringComparison.Ordinal) && line.Contains("StatusCode: 404", StringComparison.Ordinal));
        Assert.Contains(requests, line => line.Contains("Method: DELETE", StringComparison.Ordinal) && line.Contains("StatusCode: 404", StringComparison.Ordinal));
        Assert.Contains(requests, line => line.Contains("Method: POST", StringComparison.Ordinal) && line.Contains("StatusCode: 409", StringComparison.Ordinal));
        Assert.DoesNotContain(factory.Logs.Entries, entry => entry.Level >= LogLevel.Error);
    }

    private static void AssertSecurityHeaders(HttpResponseMessage response, string contentSecurityPolicy)
    {
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Equal(contentSecurityPolicy, Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
    }
}
