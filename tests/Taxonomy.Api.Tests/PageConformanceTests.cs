using System.Net;
using System.Text;
using Taxonomy.Api.Pages;

namespace Taxonomy.Api.Tests;

/// <summary>
/// The pages under /generated_pages are DISARM's published v1.7 pages byte for byte, rendered
/// from the imported workbooks, whether from a model or from their own reads (see
/// <see cref="PageRenders"/>). The expected bytes are the published files themselves.
/// </summary>
public sealed class PageConformanceTests(ImportedTaxonomy imported) : IClassFixture<ImportedTaxonomy>
{
    private const int ObjectPageCount = 944;
    private const int TopLevelPageCount = 14;
    private const string TopLevel = "top-level";

    private readonly HttpClient _client = imported.Factory.CreateClient();

    private static string PagesFolder => Path.Combine(DisarmData.Folder, "generated_pages");

    [Theory]
    [InlineData(PageRenders.FromAModel)]
    [InlineData(PageRenders.FromReads)]
    public async Task EveryPublishedPageIsServedByteForByte(int rendersBeforeModel)
    {
        await using var factory = await PageRenders.CopyImportedAsync(rendersBeforeModel);
        using var client = factory.CreateClient();
        var paths = PublishedPaths();
        Assert.Equal(ObjectPageCount, paths.Count(path => path.Contains('/', StringComparison.Ordinal)));
        Assert.Equal(TopLevelPageCount, paths.Count(path => !path.Contains('/', StringComparison.Ordinal)));

        var differences = new List<string>();
        var tally = new SortedDictionary<string, (int Identical, int Total)>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var expected = await File.ReadAllBytesAsync(Path.Combine(PagesFolder, path));
            var actual = await PageAsync(client, path);
            var type = path.Contains('/', StringComparison.Ordinal) ? path[..path.IndexOf('/', StringComparison.Ordinal)] : TopLevel;
            var (identical, total) = tally.GetValueOrDefault(type);
            var same = expected.AsSpan().SequenceEqual(actual);
            tally[type] = (identical + (same ? 1 : 0), total + 1);
            if (!same)
            {
                differences.Add($"{path}: {FirstDifference(expected, actual)}");
            }
        }

        foreach (var (type, (identical, total)) in tally)
        {
            TestContext.Current.TestOutputHelper?.WriteLine($"{type} {identical}/{total} identical");
        }

        Assert.True(differences.Count == 0, $"{differences.Count} of {paths.Count} pages differ; the first:\n{string.Join("\n", differences.Take(5))}");
    }

    [Fact]
    public async Task TheRenderedPagesAreExactlyThePublishedOnes()
    {
        var paths = await imported.Factory.WithAsync<PageSource, IReadOnlyList<string>>(pages => pages.PathsAsync(CancellationToken.None));

        var rendered = paths.Order(StringComparer.Ordinal).ToList();

        Assert.Equal(PublishedPaths(), rendered);
    }

    [Theory]
    [InlineData("/generated_pages/techniques/T9999.md")]
    [InlineData("/generated_pages/nonsense.md")]
    [InlineData("/generated_pages/techniques/T0002")]
    [InlineData("/generated_pages/techniques/T0002.txt")]
    public async Task UnknownPageReturnsNotFound(string url)
    {
        var problem = await (await _client.GetAsync(url)).ReadProblemAsync(HttpStatusCode.NotFound);

        Assert.Contains("generated_pages/", (string?)problem["detail"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/generated_pages/widgets/T0002.md")]
    [InlineData("/generated_pages/detections/F00001.md")]
    [InlineData("/generated_pages/response%20types/D01.md")]
    public async Task PageOfATypeWithoutPagesReturnsNotFound(string url)
    {
        await (await _client.GetAsync(url)).ReadProblemAsync(HttpStatusCode.NotFound);
    }

    private static List<string> PublishedPaths() =>
        Directory.EnumerateFiles(PagesFolder, "*", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(PagesFolder, file).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

    private static async Task<byte[]> PageAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync($"/generated_pages/{path}");
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET /generated_pages/{path} answered {(int)response.StatusCode}");
        Assert.Equal("text/markdown", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        return await response.Content.ReadAsByteArrayAsync();
    }

    /// <summary>The first line that differs, both ways, so a failure says what to fix without a diff tool.</summary>
    private static string FirstDifference(byte[] expected, byte[] actual)
    {
        var expectedLines = Encoding.UTF8.GetString(expected).Split('\n');
        var actualLines = Encoding.UTF8.GetString(actual).Split('\n');
        for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            var expectedLine = i < expectedLines.Length ? expectedLines[i] : null;
            var actualLine = i < actualLines.Length ? actualLines[i] : null;
            if (expectedLine != actualLine)
            {
                return $"line {i + 1}: expected {Quote(expectedLine)}, actual {Quote(actualLine)}";
            }
        }

        return "the lines are equal but the bytes are not (encoding?)";
    }

    private static string Quote(string? line) => line is null ? "(no line)" : $"«{line}»";
}
