using System.Text.Json.Serialization;

namespace Taxonomy.Api.Taxii;

/// <summary>A page of the versions of one object (TAXII 2.1, 5.8.1): no versions property when the page is empty.</summary>
/// <param name="More">Whether more versions match.</param>
/// <param name="Next">What to send as next for the following page, when there is one.</param>
/// <param name="Versions">The versions (STIX modified), oldest first.</param>
public sealed record TaxiiVersions(
    [property: JsonPropertyName("more")] bool More,
    [property: JsonPropertyName("next"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Next,
    [property: JsonPropertyName("versions"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? Versions);
