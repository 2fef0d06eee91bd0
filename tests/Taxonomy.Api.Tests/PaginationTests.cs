using System.Net;

namespace Taxonomy.Api.Tests;

/// <summary>Paging over a list this class alone fills, so that counts can be asserted.</summary>
public sealed class PaginationTests(TaxonomyApiFactory factory) : IClassFixture<TaxonomyApiFactory>
{
    [Fact]
    public async Task ListIsPagedInIdOrderWithTotals()
    {
        var admin = factory.CreateAdminClient();
        foreach (var id in new[] { "S003", "S001", "S005", "S002", "S004" })
        {
            await admin.CreateAsync("sectors", new { id, name = $"Sector {id}" });
        }

        var first = await (await admin.GetAsync("/api/v1/sectors?pageSize=2")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(1, (int)first["page"]!);
        Assert.Equal(2, (int)first["pageSize"]!);
        Assert.Equal(5, (int)first["totalCount"]!);
        Assert.Equal(3, (int)first["totalPages"]!);
        Assert.Equal(["S001", "S002"], first["items"]!.AsArray().Select(item => (string)item!["id"]!));
        Assert.Equal(["S001", "S002"], await admin.ListIdsAsync("sectors?pageSize=2"));

        var whole = await (await admin.GetAsync("/api/v1/sectors?pageSize=5")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(5, (int)whole["totalCount"]!);
        Assert.Equal(1, (int)whole["totalPages"]!);
        Assert.Equal(["S001", "S002", "S003", "S004", "S005"], await admin.ListIdsAsync("sectors"));
        Assert.Equal(["S001", "S002", "S003", "S004", "S005"], await admin.ListIdsAsync("sectors?pageSize=200"));
    }
}
