using System.Text.Json.Serialization;

namespace Taxonomy.Api.Taxii;

/// <summary>The collections of an API root (TAXII 2.1, 5.1.1).</summary>
/// <param name="Collections">Each collection.</param>
public sealed record TaxiiCollections([property: JsonPropertyName("collections")] IReadOnlyList<TaxiiCollectionResource> Collections);
