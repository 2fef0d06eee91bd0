using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Taxonomy.Api.Tests.Fuzzing;

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

    /// <summary>
    /// Sixteen clients race creates, replacements and deletes of three sectors and an actor type that
    /// refers to them, half of the replacements and deletes with If-Match (the ETag just read, or a
    /// stale one when the object is gone): whatever the interleaving, every answer is one its
    /// operation documents, problems are problem details, and none is a 500.
    /// </summary>
    [Fact]
    public async Task SixteenWritersRacingOnSharedObjectsGetOnlyDocumentedStatuses()
    {
        await using var factory = new TaxonomyApiFactory();
        using var admin = factory.CreateAdminClient();
        var documented = ApiOperation.ReadAll(JsonNode.Parse(await admin.GetStringAsync("/openapi/v1.json"))!).ToDictionary(op => op.Name, op => op.Statuses);
        string[] sectors = ["S060", "S061", "S062"];
        foreach (var id in sectors)
        {
            await admin.CreateAsync("sectors", new { id, name = "Shared" });
        }

        await admin.CreateAsync("actor-types", new { id = "A060", name = "Shared", sectorIds = sectors });
        var answers = new ConcurrentBag<(string Operation, int Status, string? MediaType)>();

        await Parallel.ForEachAsync(Enumerable.Range(0, 16), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (writer, cancellationToken) =>
        {
            var random = new Random(writer);
            using var client = factory.CreateAdminClient();
            for (var round = 0; round < 12; round++)
            {
                var (resource, id) = random.Next(4) == 0 ? ("actor-types", "A060") : ("sectors", sectors[random.Next(sectors.Length)]);
                object body = resource == "sectors"
                    ? new { id, name = $"Writer {writer}" }
                    : new { id, name = $"Writer {writer}", sectorIds = sectors[..random.Next(1, 4)] };
                var (method, path) = random.Next(3) switch
                {
                    0 => (HttpMethod.Put, $"/api/v1/{resource}/{{id}}"),
                    1 => (HttpMethod.Delete, $"/api/v1/{resource}/{{id}}"),
                    _ => (HttpMethod.Post, $"/api/v1/{resource}"),
                };
                using var request = new HttpRequestMessage(method, path.Replace("{id}", id, StringComparison.Ordinal))
                {
                    Content = method == HttpMethod.Delete ? null : JsonContent.Create(body, options: Api.Json),
                };
                if (method != HttpMethod.Post && random.Next(2) == 0)
                {
                    using var read = await client.GetAsync($"/api/v1/{resource}/{id}", cancellationToken);
                    request.Headers.IfMatch.Add(read.Headers.ETag ?? new EntityTagHeaderValue("\"v1\""));
                }

                using var response = await client.SendAsync(request, cancellationToken);
                answers.Add(($"{method} {path}", (int)response.StatusCode, response.Content.Headers.ContentType?.MediaType));
            }
        });

        Assert.DoesNotContain(answers, answer => answer.Status >= 500);
        Assert.All(answers, answer => Assert.True(documented[answer.Operation].Contains(answer.Status), $"{answer.Operation} answered {answer.Status}, which it does not document"));
        Assert.All(answers.Where(answer => answer.Status >= 400), answer => Assert.Equal("application/problem+json", answer.MediaType));
        Assert.Contains(answers, answer => answer.Status is 200 or 201 or 204);
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
