using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using CsCheck;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;
using Taxonomy.Api.Tests.Fuzzing;

namespace Taxonomy.Api.Tests;

/// <summary>
/// Sends tens of thousands of generated requests, made from the API's own OpenAPI document,
/// through the whole HTTP pipeline to an API over a copy of the imported DISARM v1.7, and holds
/// every answer to what the document says (see <see cref="FailureLog"/> for the rules).
/// </summary>
/// <remarks>
/// Reproducible: case n of a run is made by a PCG of stream n and the run's seed, whatever order
/// the cases run in. TAXONOMY_FUZZ_SEED sets the seed, TAXONOMY_FUZZ_REQUESTS the number of cases,
/// and TAXONOMY_FUZZ_CASE runs the listed cases alone (comma-separated), to replay a failure.
/// </remarks>
public sealed class SchemaFuzzTests(ITestOutputHelper output)
{
    public const ulong DefaultSeed = 142_024;
    public const int DefaultRequests = 10_000;

    private const string EditorKey = "fuzz-editor-key-0123456789";
    private const string AdminKey = "fuzz-admin-key-0123456789";
    private const int OwnObjects = 5;

    [Fact]
    public async Task GeneratedRequestsGetOnlyDocumentedStatusesAndProblemDetails()
    {
        var seed = ulong.Parse(Environment.GetEnvironmentVariable("TAXONOMY_FUZZ_SEED") ?? DefaultSeed.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        var count = int.Parse(Environment.GetEnvironmentVariable("TAXONOMY_FUZZ_REQUESTS") ?? DefaultRequests.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        var cases = Environment.GetEnvironmentVariable("TAXONOMY_FUZZ_CASE") is { Length: > 0 } only
            ? only.Split(',').Select(n => int.Parse(n, CultureInfo.InvariantCulture)).ToList()
            : Enumerable.Range(0, count).ToList();

        await using var factory = Fuzzed(await ImportedDatabase.CopyAsync());
        var exceptions = new ServerExceptions();
        using var client = factory.WithWebHostBuilder(host => host.ConfigureLogging(logging => logging.AddProvider(exceptions))).CreateClient();
        var operations = ApiOperation.ReadAll(JsonNode.Parse(await client.GetStringAsync("/openapi/v1.json"))!).ToList();
        var targets = await FuzzTargets.GatherAsync(client, operations);
        var generator = new RequestGenerator(operations, targets, EditorKey, AdminKey);
        await MakeOwnObjectsAsync(client, operations, targets, generator, seed);
        Assert.All(
            operations.Where(op => op.IsCreate),
            create => Assert.True(targets.Own(create.Resource) is not null, $"No valid body made from the schema and examples of {create.Name} created an object; its writes would all miss."));

        var log = new FailureLog(exceptions);
        var sent = new int[operations.Count];
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(cases, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (index, cancellationToken) =>
        {
            var request = generator.Requests.Generate(new PCG((uint)index, seed), null!, out _);
            Interlocked.Increment(ref sent[operations.IndexOf(request.Operation)]);
            using var message = request.ToMessage();
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(60));
            try
            {
                using var response = await client.SendAsync(message, timeout.Token);
                log.Check(index, request, response, await response.Content.ReadAsByteArrayAsync(timeout.Token));
            }
            catch (Exception exception) when (exception is HttpRequestException or IOException or OperationCanceledException or InvalidOperationException)
            {
                log.NoAnswer(index, request, exception);
            }
        });
        clock.Stop();

        output.WriteLine($"{cases.Count} requests in {clock.Elapsed.TotalSeconds:F1} s (seed {seed}), to {operations.Count} operations and {targets.OwnCount} objects of the fuzzer's own.");
        output.WriteLine("Statuses: " + string.Join(", ", log.Statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}")));
        Assert.True(
            log.Count == 0,
            log.Report($"{log.Count} distinct failures in {cases.Count} generated requests, seed {seed}. Run again with TAXONOMY_FUZZ_SEED={seed}; replay one case with TAXONOMY_FUZZ_CASE=<case> as well."));
        if (cases.Count == count)
        {
            Assert.All(operations, op => Assert.True(sent[operations.IndexOf(op)] > 0, $"{op.Name} got no request"));
        }
    }

    /// <summary>The API with an editor's and an admin's key, logging only warnings and errors.</summary>
    private static TaxonomyApiFactory Fuzzed(TaxonomyApiFactory factory) =>
        factory
            .With("Taxonomy:ApiKeys:0:Name", "fuzz-editor").With("Taxonomy:ApiKeys:0:Key", EditorKey).With("Taxonomy:ApiKeys:0:Role", "Editor")
            .With("Taxonomy:ApiKeys:1:Name", "fuzz-admin").With("Taxonomy:ApiKeys:1:Key", AdminKey).With("Taxonomy:ApiKeys:1:Role", "Admin")
            .With("Logging:LogLevel:Default", "Warning")
            .With("Logging:LogLevel:Microsoft.AspNetCore.HttpLogging.HttpLoggingMiddleware", "Warning");

    /// <summary>Creates a few objects of every resource with valid bodies, for the writes that are to land somewhere harmless.</summary>
    private static async Task MakeOwnObjectsAsync(HttpClient client, IReadOnlyList<ApiOperation> operations, FuzzTargets targets, RequestGenerator generator, ulong seed)
    {
        var creates = operations.Where(op => op.IsCreate).ToList();
        for (var i = 0; i < creates.Count; i++)
        {
            for (var attempt = 0; attempt < 20 && (targets.Own(creates[i].Resource)?.Length ?? 0) < OwnObjects; attempt++)
            {
                var body = generator.NewObject(creates[i]).Generate(new PCG((uint)((i * 100) + attempt), ~seed), null!, out _);
                using var request = new HttpRequestMessage(HttpMethod.Post, creates[i].Path) { Content = new ByteArrayContent(body) };
                request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                request.Headers.Add("X-Api-Key", AdminKey);
                using var response = await client.SendAsync(request);
                if (response.StatusCode == HttpStatusCode.Created)
                {
                    targets.AddOwn(creates[i].Resource!, JsonNode.Parse(await response.Content.ReadAsStringAsync())!["id"]!.ToString());
                }
            }
        }
    }
}
