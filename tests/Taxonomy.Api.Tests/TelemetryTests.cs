using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using Taxonomy.Api.Observability;

namespace Taxonomy.Api.Tests;

/// <summary>
/// OpenTelemetry: the Prometheus scrape endpoint when turned on (and a 404 like any other when
/// not), and traces exported over OTLP to a collector on a loopback port when one is configured.
/// </summary>
public sealed class TelemetryTests
{
    [Fact]
    public async Task MetricsServesHttpServerMetricsForPrometheusWhenTurnedOn()
    {
        await using var api = new TaxonomyApiFactory().With("Taxonomy:PrometheusMetrics", "true");
        using var client = api.CreateClient();
        (await client.GetAsync("/api/v1/phases")).EnsureSuccessStatusCode();

        // The request's duration is recorded as it ends, which may be just after its answer arrived.
        using var response = await ScrapeUntilAsync(client, @"http_server_request_duration_seconds_count\{[^}]*http_route=""api/v1/phases""");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("# TYPE http_server_request_duration_seconds histogram", body, StringComparison.Ordinal);
        Assert.Matches(@"dotnet_gc_collections_total\{[^}]*gc_heap_generation=""gen0""", body);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.DoesNotContain(Telemetry.MetricsPath, await client.GetStringAsync("/openapi/v1.json"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithNothingToExportToNoTelemetryRunsAndMetricsIsNotFound()
    {
        await using var api = new TaxonomyApiFactory();
        using var client = api.CreateClient();

        using var response = await client.GetAsync(Telemetry.MetricsPath);

        await response.ReadProblemAsync(HttpStatusCode.NotFound);
        Assert.Null(api.Services.GetService<TracerProvider>());
        Assert.Null(api.Services.GetService<MeterProvider>());
    }

    [Fact]
    public async Task TracesGoToTheConfiguredOtlpEndpointWithTheirSqlAndWithoutAnyApiKey()
    {
        const string wrongKey = "wrong-key-5c0b6a7e9d";
        var received = new ConcurrentQueue<byte[]>();
        await using var collector = await StartCollectorAsync(received);
        await using var api = new TaxonomyApiFactory()
            .With(Telemetry.OtlpEndpointSetting, collector.Urls.Single())
            .With("OTEL_EXPORTER_OTLP_PROTOCOL", "http/protobuf");
        using var admin = api.CreateAdminClient();
        using var stranger = api.CreateClient();
        stranger.DefaultRequestHeaders.Add("X-Api-Key", wrongKey);

        (await admin.PostJsonAsync("/api/v1/phases", new { id = "P01", name = "Plan", rank = 1 })).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.Unauthorized, (await stranger.PostJsonAsync("/api/v1/phases", new { id = "P02", name = "Prepare", rank = 2 })).StatusCode);

        // OTLP/protobuf carries strings as UTF-8, so the spans' text can be searched as is.
        var tracer = api.Services.GetRequiredService<TracerProvider>();
        var exported = "";
        for (var attempt = 0; attempt < 50 && !(exported.Contains("api/v1/phases", StringComparison.Ordinal) && exported.Contains("INSERT INTO", StringComparison.Ordinal)); attempt++)
        {
            tracer.ForceFlush();
            exported = string.Concat(received.Select(Encoding.UTF8.GetString));
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        Assert.Contains("api/v1/phases", exported, StringComparison.Ordinal);
        Assert.Contains("INSERT INTO", exported, StringComparison.Ordinal);
        Assert.DoesNotContain(TaxonomyApiFactory.AdminKey, exported, StringComparison.Ordinal);
        Assert.DoesNotContain(wrongKey, exported, StringComparison.Ordinal);
    }

    /// <summary>GET /metrics until its text matches <paramref name="pattern"/>, ten times at most.</summary>
    private static async Task<HttpResponseMessage> ScrapeUntilAsync(HttpClient client, string pattern)
    {
        for (var attempt = 1; ; attempt++)
        {
            var response = await client.GetAsync(Telemetry.MetricsPath);
            var body = await response.Content.ReadAsStringAsync();
            if (Regex.IsMatch(body, pattern) || attempt == 10)
            {
                Assert.Matches(pattern, body);
                return response;
            }

            response.Dispose();
            // Past the 300 ms for which the exporter serves its last answer again.
            await Task.Delay(400, TestContext.Current.CancellationToken);
        }
    }

    /// <summary>An OTLP/HTTP collector on a free loopback port that keeps the body of every export of traces.</summary>
    private static async Task<WebApplication> StartCollectorAsync(ConcurrentQueue<byte[]> received)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.MapPost("/v1/traces", async (HttpRequest request) =>
        {
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body);
            received.Enqueue(body.ToArray());
            return Results.Ok();
        });
        await app.StartAsync();
        return app;
    }
}
