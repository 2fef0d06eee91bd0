using System.Net;

namespace Taxonomy.Api.Tests;

/// <summary>406 for an Accept header that allows none of the media types a route answers in.</summary>
public sealed class NotAcceptableTests(ImportedTaxonomy imported) : IClassFixture<ImportedTaxonomy>
{
    [Fact]
    public async Task AnObjectAskedForAsAnImageIsNotAcceptableNamingTheTypesItIsServedIn()
    {
        using var response = await SendAsync("/api/v1/techniques/T0002", "image/png");

        var problem = await response.ReadProblemAsync(HttpStatusCode.NotAcceptable);
        Assert.Equal(
            ["application/json", "text/markdown", "application/stix+json;version=2.1"],
            problem["mediaTypes"]!.AsArray().Select(type => (string)type!));
        Assert.Equal(
            "This route answers application/json, text/markdown, application/stix+json;version=2.1; the Accept header allows none of them. Send one of them in Accept, or */*, or no Accept at all.",
            (string?)problem["detail"]);
    }

    [Theory]
    [InlineData(null, "application/json")]
    [InlineData("*/*", "application/json")]
    [InlineData("application/*", "application/json")]
    [InlineData("application/json", "application/json")]
    [InlineData("application/json; charset=utf-8", "application/json")]
    [InlineData("image/png, application/json;q=0.1", "application/json")]
    [InlineData("text/markdown", "text/markdown")]
    [InlineData("application/stix+json", "application/stix+json")]
    public async Task AnObjectIsServedInEveryTypeTheRequestAccepts(string? accept, string mediaType)
    {
        using var response = await SendAsync("/api/v1/techniques/T0002", accept);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task AskingOnlyForProblemsStillGetsTheAnswer()
    {
        using var response = await SendAsync("/api/v1/techniques/T0002", "application/problem+json");

        var technique = await response.ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("T0002", (string?)technique["id"]);
    }

    [Theory]
    [InlineData("text/markdown")]
    [InlineData("image/png, application/json;q=0")]
    public async Task AListAskedForInATypeItIsNotServedInIsNotAcceptable(string accept)
    {
        using var response = await SendAsync("/api/v1/techniques?pageSize=2", accept);

        var problem = await response.ReadProblemAsync(HttpStatusCode.NotAcceptable);
        Assert.Equal(["application/json"], problem["mediaTypes"]!.AsArray().Select(type => (string)type!));
    }

    [Theory]
    [InlineData("text/markdown", HttpStatusCode.OK)]
    [InlineData("text/*", HttpStatusCode.OK)]
    [InlineData("application/json", HttpStatusCode.NotAcceptable)]
    public async Task APageIsServedAsMarkdownOnly(string accept, HttpStatusCode status)
    {
        using var response = await SendAsync("/generated_pages/techniques/T0002.md", accept);

        Assert.Equal(status, response.StatusCode);
    }

    [Fact]
    public async Task AMissingObjectAskedForAsAnImageIsNotAcceptableBeforeItIsLookedFor()
    {
        using var response = await SendAsync("/api/v1/techniques/T9999", "image/png");

        await response.ReadProblemAsync(HttpStatusCode.NotAcceptable);
    }

    private async Task<HttpResponseMessage> SendAsync(string url, string? accept)
    {
        using var client = imported.Factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return await client.SendAsync(request);
    }
}
