using System.Net;

namespace Taxonomy.Api.Tests;

/// <summary>A 401 says which of its three cases it is, and never shows a key.</summary>
public sealed class UnauthorizedTests
{
    private const string WrongKey = "not-a-key-of-this-server-42";

    [Theory]
    [InlineData(null)]
    [InlineData(WrongKey)]
    public async Task WithNoKeyConfiguredTheProblemSaysSo(string? key)
    {
        await using var factory = new TaxonomyApiFactory().With("Taxonomy:AdminApiKeys:0", "");

        var problem = await WriteAsync(factory, key);

        Assert.Equal("This server has no API keys configured (Taxonomy:ApiKeys), so nothing can be written through it.", (string?)problem["detail"]);
    }

    [Fact]
    public async Task WithoutAKeyTheProblemAsksForOne()
    {
        await using var factory = new TaxonomyApiFactory();

        var problem = await WriteAsync(factory, key: null);

        Assert.Equal("This route needs an API key in the X-Api-Key header.", (string?)problem["detail"]);
    }

    [Fact]
    public async Task WithAnUnknownKeyTheProblemSaysItIsNotRecognisedWithoutShowingIt()
    {
        await using var factory = new TaxonomyApiFactory();

        var problem = await WriteAsync(factory, WrongKey);

        Assert.Equal("The key in the X-Api-Key header is not one of this server's keys.", (string?)problem["detail"]);
        Assert.DoesNotContain(WrongKey, problem.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain(TaxonomyApiFactory.AdminKey, problem.ToJsonString(), StringComparison.Ordinal);
    }

    private static async Task<System.Text.Json.Nodes.JsonNode> WriteAsync(TaxonomyApiFactory factory, string? key)
    {
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/phases") { Content = System.Net.Http.Json.JsonContent.Create(new { id = "P01", name = "Plan", rank = 1 }) };
        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }

        using var response = await client.SendAsync(request);
        return await response.ReadProblemAsync(HttpStatusCode.Unauthorized);
    }
}
