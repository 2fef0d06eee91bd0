using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Taxonomy.Api.Limits;

namespace Taxonomy.Api.Tests;

/// <summary>The limits on what one client, and all clients together, may cost the API (Limits/ and the README's Limits).</summary>
public sealed class LimitsTests
{
    [Fact]
    public async Task AClientPastItsBurstOfRenderedReadsGets429WithRetryAfterWhileCachedAnswersStillFlow()
    {
        await using var factory = new TaxonomyApiFactory().With("Taxonomy:Limits:ExpensiveReadBurst", "3").With("Taxonomy:Limits:ExpensiveReadsPerSecond", "1");
        using var client = factory.CreateClient();

        // Asked twice, an answer is kept (CacheAdmission): two renders, then answers from the cache.
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/grids/red")).StatusCode);
        }

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? refused = null;
        for (var i = 0; i < 20; i++)
        {
            var response = await client.GetAsync($"/api/v1/grids/red?uncached={i}");
            statuses.Add(response.StatusCode);
            refused ??= response.StatusCode == HttpStatusCode.TooManyRequests ? response : null;
        }

        Assert.All(statuses, status => Assert.Contains(status, new[] { HttpStatusCode.OK, HttpStatusCode.TooManyRequests }));
        // The burst of 3 (two spent above) and one more for each second that passed meanwhile.
        Assert.InRange(statuses.Count(status => status == HttpStatusCode.OK), 0, 1 + (int)Math.Ceiling(clock.Elapsed.TotalSeconds));
        Assert.NotNull(refused);
        var problem = await refused.ReadProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.Contains("Taxonomy:Limits:ExpensiveReadBurst", (string?)problem["detail"], StringComparison.Ordinal);
        Assert.InRange(refused.Headers.RetryAfter?.Delta ?? TimeSpan.Zero, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/grids/red")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/sectors?uncached=cheap-reads-are-not-limited")).StatusCode);
    }

    [Fact]
    public async Task RendersPastTheSlotsAndTheQueueAre503WithRetryAfter()
    {
        await using var factory = await ImportedDatabase.CopyAsync();
        factory.With("Taxonomy:Limits:ConcurrentRenders", "1").With("Taxonomy:Limits:RenderQueue", "1");
        using var client = factory.CreateClient();

        // The one slot is taken, as by a long render: of 32 pages asked for meanwhile, one waits in
        // line and the other 31 are refused at once. The one in line is rendered once the slot is free.
        var slots = factory.Services.GetRequiredService<ExpensiveReads.RenderSlots>();
        var held = await slots.Renders.AcquireAsync(1, TestContext.Current.CancellationToken);
        var requests = Enumerable.Range(0, 32).Select(i => client.GetAsync($"/generated_pages/disarm_red_framework.md?uncached={i}")).ToList();
        await AllButOneCompleteAsync(requests);
        held.Dispose();
        var responses = await Task.WhenAll(requests);

        Assert.Single(responses, response => response.StatusCode == HttpStatusCode.OK);
        var busy = responses.Where(response => response.StatusCode == HttpStatusCode.ServiceUnavailable).ToList();
        Assert.Equal(31, busy.Count);
        foreach (var response in busy)
        {
            var problem = await response.ReadProblemAsync(HttpStatusCode.ServiceUnavailable);
            Assert.Contains("Taxonomy:Limits:ConcurrentRenders", (string?)problem["detail"], StringComparison.Ordinal);
            Assert.Equal(TimeSpan.FromSeconds(5), response.Headers.RetryAfter?.Delta);
        }
    }

    [Fact]
    public async Task StreamedBundlesHaveSlotsOfTheirOwnAndPagesDoNotWaitForThem()
    {
        await using var factory = await ImportedDatabase.CopyAsync();
        factory.With("Taxonomy:Limits:ConcurrentRenders", "1").With("Taxonomy:Limits:RenderQueue", "0")
            .With("Taxonomy:Limits:ConcurrentExports", "1").With("Taxonomy:Limits:ExportQueue", "1");
        using var client = factory.CreateClient();

        // The one export slot is taken, as by a bundle still streaming: of six more bundles one
        // waits and five are refused, while a page is rendered in the render slot all the same.
        var slots = factory.Services.GetRequiredService<ExpensiveReads.RenderSlots>();
        var held = await slots.Exports.AcquireAsync(1, TestContext.Current.CancellationToken);
        var bundles = Enumerable.Range(0, 6).Select(i => client.GetAsync($"/api/v1/stix/bundle?uncached={i}")).ToList();
        await AllButOneCompleteAsync(bundles);
        using var page = await client.GetAsync("/generated_pages/disarm_red_framework.md?uncached=beside-the-bundles");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        held.Dispose();
        var responses = await Task.WhenAll(bundles);

        Assert.Single(responses, response => response.StatusCode == HttpStatusCode.OK);
        var busy = responses.Where(response => response.StatusCode == HttpStatusCode.ServiceUnavailable).ToList();
        Assert.Equal(5, busy.Count);
        Assert.Contains("Taxonomy:Limits:ConcurrentExports", (string?)(await busy[0].ReadProblemAsync(HttpStatusCode.ServiceUnavailable))["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task PastItsWrongKeysAClientsKeysAreNotCheckedUntilTheMinuteIsOver()
    {
        await using var factory = new TaxonomyApiFactory().With("Taxonomy:Limits:FailedKeysPerMinute", "3");
        using var guesser = factory.CreateClient();

        for (var guess = 0; guess < 3; guess++)
        {
            await (await Write(guesser, $"wrong-key-{guess}")).ReadProblemAsync(HttpStatusCode.Unauthorized);
        }

        using var throttled = await Write(guesser, "wrong-key-3");
        var problem = await throttled.ReadProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.Contains("Taxonomy:Limits:FailedKeysPerMinute", (string?)problem["detail"], StringComparison.Ordinal);
        Assert.InRange(throttled.Headers.RetryAfter?.Delta ?? TimeSpan.Zero, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60));

        // Even the right key waits: a guess that happened to be right would otherwise be confirmed.
        await (await Write(guesser, TaxonomyApiFactory.AdminKey)).ReadProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.Equal(HttpStatusCode.OK, (await guesser.GetAsync("/api/v1/sectors")).StatusCode);
    }

    [Fact]
    public async Task TheOpenApiDocumentListsTheLimitsStatusesWhereTheyApply()
    {
        await using var factory = new TaxonomyApiFactory();
        var paths = (await (await factory.CreateClient().GetAsync("/openapi/v1.json")).ReadJsonAsync(HttpStatusCode.OK))["paths"]!;

        JsonNode Responses(string path, string method) => paths[path]![method]!["responses"]!;
        foreach (var (path, method) in new[] { ("/api/v1/sectors", "post"), ("/api/v1/sectors/{id}", "put"), ("/api/v1/sectors/{id}", "delete"), ("/api/v1/imports", "post") })
        {
            Assert.NotNull(Responses(path, method)["429"]);
        }

        foreach (var path in new[] { "/api/v1/search", "/api/v1/grids/red", "/generated_pages/{type}/{file}", "/generated_pages/{file}" })
        {
            Assert.NotNull(Responses(path, "get")["429"]);
            Assert.NotNull(Responses(path, "get")["503"]);
        }

        Assert.Null(Responses("/api/v1/sectors/{id}", "get")["429"]);
    }

    private static Task<HttpResponseMessage> Write(HttpClient client, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/sectors") { Content = System.Net.Http.Json.JsonContent.Create(new { id = "S950", name = "Guess" }) };
        request.Headers.Add("X-Api-Key", key);
        return client.SendAsync(request);
    }

    /// <summary>Waits until every request but the one waiting in line has been answered.</summary>
    private static async Task AllButOneCompleteAsync(IReadOnlyCollection<Task<HttpResponseMessage>> requests)
    {
        var clock = Stopwatch.StartNew();
        while (requests.Count(request => !request.IsCompleted) > 1)
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), "The requests beyond the queue were not refused.");
            await Task.Delay(10, TestContext.Current.CancellationToken);
        }
    }
}
