using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace Taxonomy.Api.Tests;

/// <summary>
/// Brotli and gzip, as Accept-Encoding asks, for answers worth it: each coding has its own ETag,
/// is kept like any answer, and decodes to exactly the answer without it.
/// </summary>
public sealed class CompressionTests(ImportedTaxonomy imported) : IClassFixture<ImportedTaxonomy>
{
    private readonly HttpClient _client = imported.Factory.CreateClient();

    [Theory]
    [InlineData("br", "br")]
    [InlineData("gzip", "gzip")]
    [InlineData("gzip, deflate, br", "br")]
    [InlineData("gzip;q=1, br;q=0.5", "gzip")]
    [InlineData("*", "br")]
    [InlineData("*;q=0.5, br;q=0", "gzip")]
    public async Task APageIsCodedAsAskedAndDecodesToThePublishedPage(string acceptEncoding, string coding)
    {
        var expected = await File.ReadAllBytesAsync(Path.Combine(DisarmData.Folder, "generated_pages", "techniques_index.md"));
        using var plain = await SendAsync("/generated_pages/techniques_index.md", null);

        // Twice: the second answer may come from the server-side copy of the coded answer.
        for (var attempt = 0; attempt < 2; attempt++)
        {
            using var coded = await SendAsync("/generated_pages/techniques_index.md", acceptEncoding);

            Assert.Equal(HttpStatusCode.OK, coded.StatusCode);
            Assert.Equal([coding], coded.Content.Headers.ContentEncoding);
            Assert.Contains("Accept-Encoding", coded.Headers.Vary);
            Assert.NotEqual(plain.Headers.ETag, coded.Headers.ETag);
            var body = await coded.Content.ReadAsByteArrayAsync();
            Assert.True(body.Length < expected.Length / 2, $"{body.Length} bytes coded from {expected.Length}");
            Assert.Equal(expected, Decode(body, coding));
        }
    }

    [Fact]
    public async Task ACodedAnswerIsRevalidatedWithItsOwnETag()
    {
        using var coded = await SendAsync("/api/v1/techniques?pageSize=50", "gzip");
        Assert.Equal(["gzip"], coded.Content.Headers.ContentEncoding);

        using var same = await SendAsync("/api/v1/techniques?pageSize=50", "gzip", coded.Headers.ETag);
        using var plain = await SendAsync("/api/v1/techniques?pageSize=50", null, coded.Headers.ETag);

        Assert.Equal(HttpStatusCode.NotModified, same.StatusCode);
        Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
        Assert.Empty(plain.Content.Headers.ContentEncoding);
        var list = JsonNode.Parse(Decode(await coded.Content.ReadAsByteArrayAsync(), "gzip"))!;
        Assert.Equal(JsonNode.Parse(await plain.Content.ReadAsStringAsync())!.ToJsonString(), list.ToJsonString());
    }

    [Theory]
    [InlineData("/generated_pages/techniques_index.md", "identity")]
    [InlineData("/generated_pages/techniques_index.md", "br;q=0, gzip;q=0")]
    [InlineData("/generated_pages/techniques_index.md", "compress")]
    [InlineData("/api/v1/phases/P01", "br")]
    [InlineData("/api/v1/techniques/T0002", "br")]
    public async Task AnswersNotWorthOrNotAskedCodingAreSentAsTheyAre(string url, string acceptEncoding)
    {
        using var plain = await SendAsync(url, null);
        using var answer = await SendAsync(url, acceptEncoding);

        Assert.Equal(plain.StatusCode, answer.StatusCode);
        Assert.Empty(answer.Content.Headers.ContentEncoding);
        Assert.Equal(await plain.Content.ReadAsByteArrayAsync(), await answer.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task AnObjectKeepsItsVersionETagWhateverTheCoding()
    {
        using var plain = await SendAsync("/api/v1/techniques/T0167.001", null);
        using var asked = await SendAsync("/api/v1/techniques/T0167.001", "br");

        Assert.True((await plain.Content.ReadAsByteArrayAsync()).Length > 1024, "T0167.001 is too short to show anything");
        Assert.NotNull(plain.Headers.ETag);
        Assert.Equal(plain.Headers.ETag, asked.Headers.ETag);
        Assert.Empty(asked.Content.Headers.ContentEncoding);
    }

    [Fact]
    public async Task AProblemIsNotCoded()
    {
        using var answer = await SendAsync("/api/v1/techniques?pageSize=5000", "br");

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Empty(answer.Content.Headers.ContentEncoding);
        Assert.True((await answer.Content.ReadAsByteArrayAsync()).Length > 0);
    }

    [Fact]
    public async Task TheStreamedBundleIsCodedAsItIsWritten()
    {
        using var coded = await SendAsync("/api/v1/stix/bundle", "br");

        Assert.Equal(HttpStatusCode.OK, coded.StatusCode);
        Assert.Equal(["br"], coded.Content.Headers.ContentEncoding);
        var bundle = JsonNode.Parse(Decode(await coded.Content.ReadAsByteArrayAsync(), "br"))!;
        Assert.Equal("bundle", (string?)bundle["type"]);
        Assert.Contains(bundle["objects"]!.AsArray(), stixObject => ((string?)stixObject!["external_references"]?[0]?["external_id"]) == "T0086.001");
    }

    [Fact]
    public async Task ATaxiiPageIsCodedAndKeepsItsHeadersWhenServedFromTheServersCopy()
    {
        const string page = "/taxii2/disarm/collections/2fadacdf-c960-44bf-97ad-cb2265956258/objects/?limit=50&match[type]=attack-pattern";
        using var plain = await SendAsync(page, null, accept: "application/taxii+json;version=2.1");
        Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
        var first = Assert.Single(plain.Headers.GetValues("X-TAXII-Date-Added-First"));
        var last = Assert.Single(plain.Headers.GetValues("X-TAXII-Date-Added-Last"));

        // Three times: the second answer is made again and kept, the third is the kept copy.
        for (var attempt = 0; attempt < 3; attempt++)
        {
            using var coded = await SendAsync(page, "gzip", accept: "application/taxii+json;version=2.1");

            Assert.Equal(HttpStatusCode.OK, coded.StatusCode);
            Assert.Equal(["gzip"], coded.Content.Headers.ContentEncoding);
            Assert.Equal("application/taxii+json; version=2.1", coded.Content.Headers.ContentType!.ToString());
            Assert.Equal([first], coded.Headers.GetValues("X-TAXII-Date-Added-First"));
            Assert.Equal([last], coded.Headers.GetValues("X-TAXII-Date-Added-Last"));
            Assert.Equal(await plain.Content.ReadAsByteArrayAsync(), Decode(await coded.Content.ReadAsByteArrayAsync(), "gzip"));
        }

        using var revalidated = await SendAsync(page, null, plain.Headers.ETag, accept: "application/taxii+json;version=2.1");
        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
    }

    internal static byte[] Decode(byte[] body, string coding)
    {
        using var input = new MemoryStream(body);
        using Stream decoder = coding == "br" ? new BrotliStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        decoder.CopyTo(output);
        return output.ToArray();
    }

    private async Task<HttpResponseMessage> SendAsync(string url, string? acceptEncoding, EntityTagHeaderValue? ifNoneMatch = null, string? accept = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        if (acceptEncoding is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        }

        if (ifNoneMatch is not null)
        {
            request.Headers.IfNoneMatch.Add(ifNoneMatch);
        }

        return await _client.SendAsync(request);
    }
}
