using Microsoft.EntityFrameworkCore;
using System.Net;

namespace Taxonomy.Api.Tests;

/// <summary>The change feed: every change once, in commit order, for a client that follows next and polls again later.</summary>
public sealed class ChangeFeedTests
{
    [Fact]
    public async Task AClientFollowingNextSeesEveryChangeExactlyOnceWhileOthersWrite()
    {
        await using var factory = new TaxonomyApiFactory();
        using var admin = factory.CreateAdminClient();
        for (var n = 0; n < 30; n++)
        {
            await admin.CreateAsync("sectors", new { id = $"S1{n:D2}", name = $"Before {n}" });
        }

        var seen = new List<(string Type, string Id, int Version)>();
        string? cursor = null;
        var writing = Task.Run(async () =>
        {
            using var writer = factory.CreateAdminClient();
            for (var n = 0; n < 60; n++)
            {
                await writer.CreateAsync("sectors", new { id = $"S2{n:D2}", name = $"During {n}" });
                (await writer.PutJsonAsync($"/api/v1/sectors/S1{n % 30:D2}", new { name = $"Changed {n}" })).EnsureSuccessStatusCode();
            }
        });

        while (!writing.IsCompleted)
        {
            cursor = await ReadUntilEmptyAsync(admin, cursor, seen);
        }

        await writing;
        cursor = await ReadUntilEmptyAsync(admin, cursor, seen);

        var kept = await factory.WithDbAsync(db => db.Versions.OrderBy(v => v.Id).Select(v => new { v.Type, v.ObjectId, v.Number }).ToListAsync());
        Assert.Equal(30 + 60 + 60, kept.Count);
        Assert.Equal(kept.Select(v => (v.Type, v.ObjectId, v.Number)), seen);
        Assert.NotNull(cursor);
    }

    [Fact]
    public async Task TypesFilterTheFeedAndCursorsAreChecked()
    {
        await using var factory = new TaxonomyApiFactory();
        using var admin = factory.CreateAdminClient();
        await admin.CreateAsync("sectors", new { id = "S301", name = "Sector" });
        await admin.CreateAsync("frameworks", new { id = "FW31", name = "Framework" });

        var sectors = await (await admin.GetAsync("/api/v1/changes?types=sectors")).ReadJsonAsync(HttpStatusCode.OK);
        var change = Assert.Single(sectors["items"]!.AsArray());
        Assert.Equal(("sectors", "S301", 1, "Created", "admin-1"), ((string)change!["type"]!, (string)change["id"]!, (int)change["version"]!, (string)change["kind"]!, (string)change["changedBy"]!));

        await (await admin.GetAsync("/api/v1/changes?types=sector")).ReadBadRequestAsync("types");
        await (await admin.GetAsync("/api/v1/changes?after=42")).ReadBadRequestAsync("after");
        await (await admin.GetAsync("/api/v1/changes?pageSize=0")).ReadBadRequestAsync("pageSize");
    }

    /// <summary>Follows next until a page comes back empty; returns the last next given.</summary>
    private static async Task<string?> ReadUntilEmptyAsync(HttpClient client, string? cursor, List<(string, string, int)> seen)
    {
        while (true)
        {
            var page = await (await client.GetAsync("/api/v1/changes?pageSize=7" + (cursor is null ? "" : $"&after={cursor}"))).ReadJsonAsync(HttpStatusCode.OK);
            seen.AddRange(page["items"]!.AsArray().Select(c => ((string)c!["type"]!, (string)c["id"]!, (int)c["version"]!)));
            if ((string?)page["next"] is not { } next)
            {
                return cursor;
            }

            cursor = next;
        }
    }
}
