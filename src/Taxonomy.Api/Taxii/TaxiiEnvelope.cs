using System.Text.Json.Serialization;
using Taxonomy.Api.Stix;

namespace Taxonomy.Api.Taxii;

/// <summary>A page of STIX objects (TAXII 2.1, 3.7): no objects property when the page is empty, as TAXII allows no empty list.</summary>
/// <param name="More">Whether more objects match.</param>
/// <param name="Next">What to send as next for the following page, when there is one.</param>
/// <param name="Objects">The STIX objects, in the order they were added.</param>
public sealed record TaxiiEnvelope(
    [property: JsonPropertyName("more")] bool More,
    [property: JsonPropertyName("next"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Next,
    [property: JsonPropertyName("objects"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<StixObject>? Objects);
