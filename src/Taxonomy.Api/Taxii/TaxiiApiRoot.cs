using System.Text.Json.Serialization;

namespace Taxonomy.Api.Taxii;

/// <summary>An API root (TAXII 2.1, 4.2.1).</summary>
/// <param name="Title">The API root's name.</param>
/// <param name="Description">What it holds.</param>
/// <param name="Versions">The TAXII versions it speaks.</param>
/// <param name="MaxContentLength">The largest request body it takes, in bytes.</param>
public sealed record TaxiiApiRoot(
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("description")] string Description,
    [property: JsonPropertyName("versions")] IReadOnlyList<string> Versions,
    [property: JsonPropertyName("max_content_length")] long MaxContentLength);
