using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace Taxonomy.Api.Tests;

/// <summary>Optimistic concurrency: ETags name versions, If-Match guards writes, and racing writers never see a 500 or lose an update.</summary>
public sealed class ConcurrencyTests
{
    [Fact]
    public async Task AStaleIfMatchIsRefusedNamingTheCurrentVersion()
    {
        await using var factory = new TaxonomyApiFactory();
        using var admin = factory.CreateAdminClient();
        await admin.CreateAsync("sectors", new { id = "S031", name = "First" });

        using var stale = Put("/api/v1/sectors/S031", new { name = "Second" }, "\"v7\"");
        var problem = await (await admin.SendAsync(stale)).ReadProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.Equal(1, (int)problem["currentVersion"]!);
        Assert.Equal("\"v1\"", (string)problem["currentETag"]!);

        using var current = Put("/api/v1/sectors/S031", new { name = "Second" }, "\"v1\"");
        var replaced = await admin.SendAsync(current);
        Assert.Equal(2, (int)(await replaced.ReadJsonAsync(HttpStatusCode.OK))["version"]!);

        using var staleDelete = new HttpRequestMessage(HttpMethod.Delete, "/api/v1/sectors/S031");
        staleDelete.Headers.IfMatch.Add(new EntityTagHeaderValue("\"v1\""));
        await (await admin.SendAsync(staleDelete)).ReadProblemAsync(HttpStatusCode.PreconditionFailed);
        using var anyDelete = new HttpRequestMessage(HttpMethod.Delete, "/api/v1/sectors/S031");
        anyDelete.Headers.IfMatch.Add(EntityTagHeaderValue.Any);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.SendAsync(anyDelete)).StatusCode);
    }

    [Fact]
    public async Task IfMatchCanBeRequired()
    {
        await using var factory = new TaxonomyApiFactory().With("Taxonomy:RequireIfMatch", "true");
        using var admin = factory.CreateAdminClient();
        await admin.CreateAsync("sectors", new { id = "S032", name = "First" });

        await (await admin.PutJsonAsync("/api/v1/sectors/S032", new { name = "Second" })).ReadProblemAsync(HttpStatusCode.PreconditionRequired);
        await (await admin.DeleteAsync("/api/v1/sectors/S032")).ReadProblemAsync(HttpStatusCode.PreconditionRequired);
        using var withIfMatch = Put("/api/v1/sectors/S032", new { name = "Second" }, "\"v1\"");
        await (await admin.SendAsync(withIfMatch)).ReadJsonAsync(HttpStatusCode.OK);
    }

    [Fact]
    public async Task IfNoneMatchStarOnPostCreatesOnly()
    {
        await using var factory = new TaxonomyApiFactory();
        using var admin = factory.CreateAdminClient();

        using var create = Post("/api/v1/sectors", new { id = "S033", name = "First" });
        await (await admin.SendAsync(create)).ReadJsonAsync(HttpStatusCode.Created);
        using var again = Post("/api/v1/sectors", new { id = "S033", name = "Again" });
        await (await admin.SendAsync(again)).ReadProblemAsync(HttpStatusCode.PreconditionFailed);
    }

    /// <summary>
    /// Sixteen clients each read an object and write it back with If-Match, over and over: every
    /// write either lands on the version it read or is refused, so the versions the successes made
    /// are exactly the object's history, with none lost and no 500.
    /// </summary>
    [Fact]
    public async Task SixteenWritersWithIfMatchLoseNoUpdate()
    {
        await using var factory = new TaxonomyApiFactory();
        using var admin = factory.CreateAdminClient();
        await admin.CreateAsync("sectors", new { id = "S034", name = "Start" });
        var statuses = new ConcurrentBag<HttpStatusCode>();
        var made = new ConcurrentBag<int>();

        await Parallel.ForEachAsync(Enumerable.Range(0, 16), async (writer, cancellationToken) =>
        {
            using var client = factory.CreateAdminClient();
            for (var attempt = 0; attempt < 8; attempt++)
            {
                var read = await client.GetAsync("/api/v1/sectors/S034", cancellationToken);
                using var write = Put("/api/v1/sectors/S034", new { name = $"Writer {writer}, attempt {attempt}" }, read.Headers.ETag!.Tag);
                var response = await client.SendAsync(write, cancellationToken);
                statuses.Add(response.StatusCode);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    made.Add((int)JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken))!["version"]!);
                }
            }
        });

        Assert.All(statuses, status => Assert.Contains(status, new[] { HttpStatusCode.OK, HttpStatusCode.PreconditionFailed }));
        Assert.Equal(made.Count, made.Distinct().Count());
        var history = await (await admin.GetAsync("/api/v1/sectors/S034/history?pageSize=200")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(made.Append(1).Order(), history["items"]!.AsArray().Select(v => (int)v!["version"]!).Order());
    }

    /// <summary>
    /// A PUT without If-Match asks for no check, so racing ones are not refused: they queue, each
    /// replaces what the one before it left, and each is kept as a version of its own.
    /// </summary>
    [Fact]
    public async Task RacingPutsWithoutIfMatchAllLandAsVersionsOfTheirOwn()
    {
        await using var factory = new TaxonomyApiFactory();
        using var admin = factory.CreateAdminClient();
        await admin.CreateAsync("sectors", new { id = "S035", name = "Start" });
        var statuses = new ConcurrentBag<HttpStatusCode>();
        var made = new ConcurrentBag<int>();

        await Parallel.ForEachAsync(Enumerable.Range(0, 16), async (writer, cancellationToken) =>
        {
            using var client = factory.CreateAdminClient();
            for (var attempt = 0; attempt < 4; attempt++)
            {
                var response = await client.PutJsonAsync("/api/v1/sectors/S035", new { name = $"Writer {writer}, attempt {attempt}" });
                statuses.Add(response.StatusCode);
                made.Add((int)JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken))!["version"]!);
            }
        });

        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal(Enumerable.Range(2, 64), made.Order());
        var history = await (await admin.GetAsync("/api/v1/sectors/S035/history?pageSize=200")).ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal(65, history["items"]!.AsArray().Count);
    }

    [Fact]
    public async Task RacingWritersWithoutIfMatchGetConflictsOrNotFoundNever500()
    {
        await using var factory = new TaxonomyApiFactory();
        using var admin = factory.CreateAdminClient();
        var statuses = new ConcurrentBag<HttpStatusCode>();

        for (var round = 0; round < 4; round++)
        {
            var id = $"S04{round}";
            await admin.CreateAsync("sectors", new { id, name = "Contested" });
            await Parallel.ForEachAsync(Enumerable.Range(0, 16), async (writer, cancellationToken) =>
            {
                using var client = factory.CreateAdminClient();
                var response = (writer % 3) switch
                {
                    0 => await client.DeleteAsync($"/api/v1/sectors/{id}", cancellationToken),
                    1 => await client.PutJsonAsync($"/api/v1/sectors/{id}", new { name = $"Writer {writer}" }),
                    _ => await client.PostJsonAsync("/api/v1/sectors", new { id, name = $"Writer {writer}" }),
                };
                statuses.Add(response.StatusCode);
            });
        }

        Assert.All(statuses, status => Assert.Contains(status, new[] { HttpStatusCode.OK, HttpStatusCode.Created, HttpStatusCode.NoContent, HttpStatusCode.NotFound, HttpStatusCode.Conflict }));
    }

    private static HttpRequestMessage Put(string url, object body, string ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = System.Net.Http.Json.JsonContent.Create(body, options: Api.Json) };
        request.Headers.IfMatch.Add(new EntityTagHeaderValue(ifMatch));
        return request;
    }

    private static HttpRequestMessage Post(string url, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = System.Net.Http.Json.JsonContent.Create(body, options: Api.Json) };
        request.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Any);
        return request;
    }
}
