using System.Net;
using System.Net.Http.Headers;

namespace Taxonomy.Api.Tests;

/// <summary>
/// Answers longer than Taxonomy:Limits:BufferedAnswerBytes are sent as they are written, not held
/// whole: the same bytes, the same validators, no Content-Length. And with the latest import's
/// rows not kept in memory (Taxonomy:Limits:KeptImportRows), pages read them from the database,
/// and still print DISARM's published pages.
/// </summary>
public sealed class LongAnswersTests : IAsyncLifetime
{
    private const int Limit = 16 * 1024;

    private TaxonomyApiFactory _factory = null!;
    private HttpClient _client = null!;

    public async ValueTask InitializeAsync()
    {
        _factory = (await ImportedDatabase.CopyAsync())
            .With("Taxonomy:Limits:BufferedAnswerBytes", Limit.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .With("Taxonomy:Limits:KeptImportRows", "0");
        _client = _factory.CreateClient();
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
    }

    /// <param name="page">The page.</param>
    /// <param name="written">Whether the page is written a row at a time (an index), so that its length is not known beforehand; a grid is made whole, and declares its length.</param>
    [Theory]
    [InlineData("techniques_index.md", true)]
    [InlineData("incidents_index.md", true)]
    [InlineData("counters_index.md", true)]
    [InlineData("detections_index.md", true)]
    [InlineData("disarm_red_framework.md", false)]
    [InlineData("disarm_blue_framework.md", false)]
    public async Task AnAnswerPastTheLimitIsThePublishedPageSentAsItIsWritten(string page, bool written)
    {
        var expected = await File.ReadAllBytesAsync(Path.Combine(DisarmData.Folder, "generated_pages", page));
        Assert.True(expected.Length > Limit, $"{page} is only {expected.Length} bytes");
        var url = $"/generated_pages/{page}";

        EntityTagHeaderValue? etag = null;
        for (var attempt = 0; attempt < 2; attempt++)
        {
            using var response = await SendAsync(HttpMethod.Get, url, null);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(written ? null : expected.Length, response.Content.Headers.ContentLength);
            Assert.Equal(expected, await response.Content.ReadAsByteArrayAsync());
            Assert.NotNull(response.Headers.ETag);
            Assert.True(etag is null || etag.Equals(response.Headers.ETag), "the second answer has another ETag");
            etag = response.Headers.ETag;
        }

        using var revalidated = await SendAsync(HttpMethod.Get, url, etag);
        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
        Assert.Empty(await revalidated.Content.ReadAsByteArrayAsync());

        using var anyAnswer = await SendAsync(HttpMethod.Get, url, EntityTagHeaderValue.Any);
        Assert.Equal(HttpStatusCode.NotModified, anyAnswer.StatusCode);
        Assert.Empty(await anyAnswer.Content.ReadAsByteArrayAsync());

        using var head = await SendAsync(HttpMethod.Head, url, null);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(etag, head.Headers.ETag);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("techniques_index.md", "gzip")]
    [InlineData("disarm_red_framework.md", "br")]
    public async Task AnAnswerPastTheLimitIsCodedAsItIsWritten(string page, string coding)
    {
        var expected = await File.ReadAllBytesAsync(Path.Combine(DisarmData.Folder, "generated_pages", page));
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/generated_pages/{page}");
        request.Headers.TryAddWithoutValidation("Accept-Encoding", coding);

        using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([coding], response.Content.Headers.ContentEncoding);

        // A grid declares its length before it is coded; coded, the length is not known beforehand.
        Assert.Null(response.Content.Headers.ContentLength);
        Assert.Equal(expected, CompressionTests.Decode(await response.Content.ReadAsByteArrayAsync(), coding));
    }

    [Theory]
    [InlineData("techniques/T0002.md")]
    [InlineData("incidents/I00002.md")]
    [InlineData("counters/C00006.md")]
    [InlineData("tactics_index.md")]
    public async Task AnAnswerWithinTheLimitIsSentWithItsLength(string page)
    {
        var expected = await File.ReadAllBytesAsync(Path.Combine(DisarmData.Folder, "generated_pages", page));

        using var response = await SendAsync(HttpMethod.Get, $"/generated_pages/{page}", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected.Length, response.Content.Headers.ContentLength);
        Assert.Equal(expected, await response.Content.ReadAsByteArrayAsync());
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string url, EntityTagHeaderValue? ifNoneMatch)
    {
        using var request = new HttpRequestMessage(method, url);
        if (ifNoneMatch is not null)
        {
            request.Headers.IfNoneMatch.Add(ifNoneMatch);
        }

        // Headers only: read whole first, the content would have a length either way.
        return await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
    }
}
