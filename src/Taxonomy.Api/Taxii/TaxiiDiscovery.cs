using System.Text.Json.Serialization;

namespace Taxonomy.Api.Taxii;

/// <summary>What the TAXII server offers (TAXII 2.1, 4.1.1).</summary>
/// <param name="Title">The server's name.</param>
/// <param name="Description">What it serves.</param>
/// <param name="Default">The API root a client should use.</param>
/// <param name="ApiRoots">Every API root, as references relative to the server (absolute paths).</param>
public sealed record TaxiiDiscovery(
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("description")] string Description,
    [property: JsonPropertyName("default")] string Default,
    [property: JsonPropertyName("api_roots")] IReadOnlyList<string> ApiRoots);
