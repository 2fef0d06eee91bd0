using System.Net;
using System.Text;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Taxonomy.Api.Tests;

public sealed class AuthorizationTests(TaxonomyApiFactory factory) : IClassFixture<TaxonomyApiFactory>
{
    private static readonly string[] WriteMethods = ["POST", "PUT", "PATCH", "DELETE"];

    /// <summary>The query strings that list routes cannot do without.</summary>
    private static readonly Dictionary<string, string> RequiredQueries = new() { ["/api/v1/search"] = "?q=propaganda" };

    public static TheoryData<string> WrongKeys => ["", "wrong-key", TaxonomyApiFactory.AdminKey + "x", TaxonomyApiFactory.AdminKey.ToUpperInvariant()];

    [Fact]
    public void EveryWriteRouteNeedsAnEditorAndImportsAndRestoresAnAdmin()
    {
        var writes = WriteRoutes(factory);

        Assert.Equal((17 * 4) + 1, writes.Count); // create, replace, delete and restore of 17 resources, and the import
        Assert.All(writes, route => Assert.Contains(route.Endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>(), a => a.Policy == "Editor"));
        var adminOnly = writes.Where(route => route.Endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Any(a => a.Policy == "Admin")).Select(route => route.Url).ToList();
        Assert.Equal(18, adminOnly.Count);
        Assert.All(adminOnly, url => Assert.True(url == "/api/v1/imports" || url.EndsWith("/restore", StringComparison.Ordinal), url));
    }

    [Fact]
    public async Task EveryWriteRouteAnswers401WithoutAKey()
    {
        var client = factory.CreateClient();
        foreach (var (method, url, endpoint) in WriteRoutes(factory))
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = Body(endpoint) };
            var response = await client.SendAsync(request);

            var problem = await response.ReadProblemAsync(HttpStatusCode.Unauthorized);
            Assert.Contains("X-Api-Key", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
            Assert.NotNull(problem["title"]);
        }
    }

    [Theory]
    [MemberData(nameof(WrongKeys))]
    public async Task EveryWriteRouteAnswers401WithAWrongKey(string key)
    {
        var client = factory.CreateClient();
        foreach (var (method, url, endpoint) in WriteRoutes(factory))
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = Body(endpoint) };
            request.Headers.Add("X-Api-Key", key);

            await (await client.SendAsync(request)).ReadProblemAsync(HttpStatusCode.Unauthorized);
        }
    }

    [Fact]
    public async Task ReadsNeedNoKey()
    {
        var client = factory.CreateClient();
        foreach (var url in ListRoutes(factory))
        {
            await (await client.GetAsync(url)).ReadJsonAsync(HttpStatusCode.OK);
        }
    }

    [Fact]
    public async Task TheAdminKeyIsAccepted()
    {
        var response = await factory.CreateAdminClient().PostJsonAsync("/api/v1/sectors", new { id = "S901", name = "Test sector" });

        await response.ReadJsonAsync(HttpStatusCode.Created);
    }

    [Fact]
    public async Task WithNoKeyConfiguredWritesAreRefusedAndReadsWork()
    {
        await using var keyless = new TaxonomyApiFactory().With("Taxonomy:AdminApiKeys:0", "");
        var client = keyless.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", "");

        await (await client.PostJsonAsync("/api/v1/sectors", new { id = "S902", name = "Test sector" })).ReadProblemAsync(HttpStatusCode.Unauthorized);
        await (await keyless.CreateClient().GetAsync("/api/v1/sectors")).ReadJsonAsync(HttpStatusCode.OK);
    }

    private static List<(string Method, string Url, RouteEndpoint Endpoint)> WriteRoutes(TaxonomyApiFactory factory) =>
        Endpoints(factory)
            .SelectMany(e => e.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods.Intersect(WriteMethods).Select(m => (m, Url(e), e)))
            // TAXII's writes are refused for everyone with 403, key or none (TaxiiTests).
            .Where(route => !route.Item2.StartsWith("/taxii2", StringComparison.Ordinal))
            .ToList();

    private static List<string> ListRoutes(TaxonomyApiFactory factory) =>
        Endpoints(factory)
            .Where(e => e.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods.Contains("GET") && e.RoutePattern.Parameters.Count == 0)
            .Select(Url)
            .Where(url => url.StartsWith("/api/v1/", StringComparison.Ordinal))
            .Select(url => url + RequiredQueries.GetValueOrDefault(url, ""))
            .ToList();

    /// <summary>A body of the type the route accepts, so that only the missing credentials can refuse it.</summary>
    private static HttpContent Body(RouteEndpoint endpoint) =>
        endpoint.Metadata.GetMetadata<IAcceptsMetadata>()?.ContentTypes.Contains("multipart/form-data") == true
            ? new MultipartFormDataContent { { new ByteArrayContent([1]), "file", "file.bin" } }
            : new StringContent("{}", Encoding.UTF8, "application/json");

    private static IEnumerable<RouteEndpoint> Endpoints(TaxonomyApiFactory factory) =>
        factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<HttpMethodMetadata>() is not null);

    /// <summary>A concrete URL for a route: route parameters get values of a plausible shape.</summary>
    private static string Url(RouteEndpoint endpoint)
    {
        var url = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
        foreach (var parameter in endpoint.RoutePattern.Parameters)
        {
            var value = parameter.ParameterPolicies.Any(p => p.Content == "int") ? "1" : "X1";
            url = url.Replace($"{{{parameter.Name}:int}}", value, StringComparison.Ordinal).Replace($"{{{parameter.Name}}}", value, StringComparison.Ordinal);
        }

        return url;
    }
}
