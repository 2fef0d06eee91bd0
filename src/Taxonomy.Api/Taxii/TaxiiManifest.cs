using System.Text.Json.Serialization;

namespace Taxonomy.Api.Taxii;

/// <summary>A page of manifest records (TAXII 2.1, 5.3.1): no objects property when the page is empty.</summary>
/// <param name="More">Whether more records match.</param>
/// <param name="Next">What to send as next for the following page, when there is one.</param>
/// <param name="Objects">The records, in the order their versions were added.</param>
public sealed record TaxiiManifest(
    [property: JsonPropertyName("more")] bool More,
    [property: JsonPropertyName("next"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Next,
    [property: JsonPropertyName("objects"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<TaxiiManifestRecord>? Objects);
