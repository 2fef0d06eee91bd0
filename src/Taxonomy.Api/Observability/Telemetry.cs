using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Taxonomy.Api.Observability;

/// <summary>
/// OpenTelemetry traces and metrics of requests, EF Core commands and HttpClient calls (the
/// downloads of <c>import --from-url</c>). Nothing is registered unless something exports: traces
/// and metrics go over OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set, and metrics are also
/// served at /metrics for Prometheus when <c>Taxonomy:PrometheusMetrics</c> is on. Otherwise no
/// listener exists, and a request costs what it cost without OpenTelemetry.
/// </summary>
internal static class Telemetry
{
    public const string OtlpEndpointSetting = "OTEL_EXPORTER_OTLP_ENDPOINT";

    public const string MetricsPath = "/metrics";

    private const string DefaultServiceName = "taxonomy-api";

    public static void AddTaxonomyTelemetry(this WebApplicationBuilder builder)
    {
        var otlp = !string.IsNullOrWhiteSpace(builder.Configuration[OtlpEndpointSetting]);
        var prometheus = PrometheusMetrics(builder.Configuration);
        if (!otlp && !prometheus)
        {
            return;
        }

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(builder.Configuration["OTEL_SERVICE_NAME"] ?? DefaultServiceName))
            .WithMetrics(metrics =>
            {
                // "System.Runtime" is .NET's own meter: collections and pause time of the GC, heap sizes,
                // the thread pool's queue; what tells a slow tail from garbage collection.
                metrics.AddAspNetCoreInstrumentation().AddHttpClientInstrumentation().AddMeter("Microsoft.EntityFrameworkCore", "System.Runtime");
                if (otlp)
                {
                    metrics.AddOtlpExporter();
                }

                if (prometheus)
                {
                    metrics.AddPrometheusExporter();
                }
            });
        if (otlp)
        {
            // Only what the instrumentation records by default: no request or response headers
            // (X-Api-Key stays out), query strings redacted, SQL without parameter values.
            telemetry.WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(options => options.Filter = context => !IsProbeOrScrape(context.Request.Path))
                .AddHttpClientInstrumentation()
                .AddEntityFrameworkCoreInstrumentation()
                .AddOtlpExporter());
        }
    }

    public static void MapTaxonomyMetrics(this WebApplication app)
    {
        if (PrometheusMetrics(app.Configuration))
        {
            app.MapPrometheusScrapingEndpoint(MetricsPath);
        }
    }

    /// <summary>
    /// Builds the providers, which the host builds as it starts, for a run that does not start it
    /// (an import); disposing the services then flushes what they still hold.
    /// </summary>
    public static void StartTaxonomyTelemetry(this IServiceProvider services)
    {
        services.GetService<TracerProvider>();
        services.GetService<MeterProvider>();
    }

    private static bool PrometheusMetrics(IConfiguration configuration) =>
        configuration.GetSection(TaxonomyOptions.Section).Get<TaxonomyOptions>()?.PrometheusMetrics ?? false;

    /// <summary>Health probes and scrapes come every few seconds and would bury the requests worth tracing.</summary>
    private static bool IsProbeOrScrape(PathString path) =>
        path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments(MetricsPath, StringComparison.OrdinalIgnoreCase);
}
