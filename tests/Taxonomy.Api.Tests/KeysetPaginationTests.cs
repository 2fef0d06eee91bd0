using System.Net;
using System.Text.Json.Nodes;

namespace Taxonomy.Api.Tests;

/// <summary>Paging with after=next: every item once, in order, even while items are being inserted.</summary>
public sealed class KeysetPaginationTests(ImportedTaxonomy imported) : IClassFixture<ImportedTaxonomy>
{
    private readonly HttpClient _client = imported.Factory.CreateClient();

    [Theory]
    [InlineData("techniques", 445)]
    [InlineData("incidents", 251)]
    [InlineData("incident-techniques", 227)]
    [InlineData("counters", 140)]
    public async Task FollowingNextReadsEveryItemOnceInIdOrder(string resource, int count)
    {
        var ids = new List<string>();
        string? after = null;
        var pages = 0;
        do
        {
            var page = await GetAsync($"/api/v1/{resource}?pageSize=40" + (after is null ? "" : $"&after={after}"));
            ids.AddRange(page["items"]!.AsArray().Select(item => (string)item!["id"]!));
            Assert.Equal(count, (int)page["totalCount"]!);
            after = (string?)page["next"];
            pages++;
        }
        while (after is not null);

        Assert.Equal(count, ids.Count);
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal((count + 39) / 40, pages);
    }

    [Fact]
    public async Task NextOfTheLastPageIsNullAndPageIsNullWhenSeeking()
    {
        var first = await GetAsync("/api/v1/phases?pageSize=3");
        var last = await GetAsync($"/api/v1/phases?pageSize=3&after={first["next"]}");

        Assert.Equal(1, (int)first["page"]!);
        Assert.Equal("P03", (string?)first["next"]);
        Assert.Null(last["page"]);
        Assert.Null(last["next"]);
        Assert.Equal(["P04"], last["items"]!.AsArray().Select(item => (string)item!["id"]!));
    }

    [Theory]
    [InlineData("/api/v1/techniques?page=2&after=T0001", "page")]
    [InlineData("/api/v1/techniques?after=" + "T00000000000000000000000000000000000000000000000000000000000000000", "after")]
    public async Task ConflictingOrOverlongPagingIsABadRequest(string url, string field)
    {
        await (await _client.GetAsync(url)).ReadBadRequestAsync(field);
    }

    [Theory]
    [InlineData("/api/v1/tactics?sort=rank&after=TA01")]
    [InlineData("/api/v1/references?after=5")]
    public async Task ListsNotOrderedByIdRefuseAfter(string url)
    {
        var problem = await (await _client.GetAsync(url)).ReadProblemAsync(HttpStatusCode.BadRequest);

        Assert.Contains("page", (string?)problem["detail"], StringComparison.Ordinal);
    }

    /// <summary>
    /// Inserts techniques before, inside and after the part of the list still to be read, between
    /// every two page reads. Every technique that existed when reading began must be read exactly
    /// once, and nothing read twice; new ones may appear only past the reader's position.
    /// </summary>
    [Fact]
    public async Task ReadingPagesWhileOthersInsertNeitherSkipsNorRepeats()
    {
        await using var factory = new TaxonomyApiFactory();
        using var admin = factory.CreateAdminClient();
        (await admin.PostJsonAsync("/api/v1/phases", new { id = "P01", name = "Plan", rank = 1 })).EnsureSuccessStatusCode();
        (await admin.PostJsonAsync("/api/v1/tactics", new { id = "TA01", name = "Plan Strategy", phaseId = "P01", rank = 1 })).EnsureSuccessStatusCode();
        var original = Enumerable.Range(1, 60).Select(n => $"T{n * 100:D4}").ToList();
        foreach (var id in original)
        {
            (await admin.PostJsonAsync("/api/v1/techniques", new { id, name = $"Technique {id}", tacticId = "TA01" })).EnsureSuccessStatusCode();
        }

        var existing = original.ToHashSet();
        var read = new List<string>();
        string? after = null;
        var inserted = 0;
        do
        {
            var page = await (await admin.GetAsync("/api/v1/techniques?pageSize=7" + (after is null ? "" : $"&after={after}"))).ReadJsonAsync(HttpStatusCode.OK);
            read.AddRange(page["items"]!.AsArray().Select(item => (string)item!["id"]!));
            after = (string?)page["next"];

            // One id before everything read so far, one just ahead of the reader, one at the far end.
            var position = int.Parse(read[^1][1..], System.Globalization.CultureInfo.InvariantCulture);
            foreach (var id in new[] { $"T{inserted + 1:D4}", $"T{position + 1:D4}", $"T{9000 + inserted:D4}" }.Where(existing.Add))
            {
                (await admin.PostJsonAsync("/api/v1/techniques", new { id, name = $"Inserted {id}", tacticId = "TA01" })).EnsureSuccessStatusCode();
            }

            inserted++;
        }
        while (after is not null);

        Assert.Equal(read.Count, read.Distinct().Count());
        Assert.Equal(read.Order(StringComparer.Ordinal), read);
        Assert.All(original, id => Assert.Contains(id, read));
        Assert.True(inserted >= 9, $"Only {inserted} pages were read.");
    }

    private async Task<JsonNode> GetAsync(string url) => await (await _client.GetAsync(url)).ReadJsonAsync(HttpStatusCode.OK);
}
