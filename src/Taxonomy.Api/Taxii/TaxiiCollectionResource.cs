using System.Text.Json.Serialization;

namespace Taxonomy.Api.Taxii;

/// <summary>A collection (TAXII 2.1, 5.2.1).</summary>
/// <param name="Id">Its id, a UUID.</param>
/// <param name="Title">Its name.</param>
/// <param name="Description">What it holds.</param>
/// <param name="CanRead">Whether a client may read it: always.</param>
/// <param name="CanWrite">Whether a client may write to it: never.</param>
/// <param name="MediaTypes">The media types of its objects.</param>
public sealed record TaxiiCollectionResource(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("description")] string Description,
    [property: JsonPropertyName("can_read")] bool CanRead,
    [property: JsonPropertyName("can_write")] bool CanWrite,
    [property: JsonPropertyName("media_types")] IReadOnlyList<string> MediaTypes);
