namespace Taxonomy.Api;

/// <summary>The API's own settings, in the <c>Taxonomy</c> section of the configuration.</summary>
public sealed class TaxonomyOptions
{
    public const string Section = "Taxonomy";

    /// <summary>Whether PUT, DELETE and restore must carry If-Match (428 without it). Off by default.</summary>
    public bool RequireIfMatch { get; set; }

    /// <summary>Whether /swagger serves Swagger UI. Unset: on in Development only.</summary>
    public bool? SwaggerUi { get; set; }

    /// <summary>Whether /openapi/v1.json serves the OpenAPI document. On by default.</summary>
    public bool OpenApiDocument { get; set; } = true;

    /// <summary>Whether /metrics serves the API's metrics for Prometheus to scrape. Off by default.</summary>
    public bool PrometheusMetrics { get; set; }
}
