using System.Text.Json.Serialization;

namespace Taxonomy.Api.Taxii;

/// <summary>What a collection holds of one version of one object (TAXII 2.1, 5.3.2).</summary>
/// <param name="Id">The object's STIX id.</param>
/// <param name="DateAdded">When this version was added: when the API kept the version of the DISARM object it is made from.</param>
/// <param name="Version">The version: the object's STIX modified (created where it has none).</param>
/// <param name="MediaType">The STIX media type.</param>
public sealed record TaxiiManifestRecord(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("date_added")] string DateAdded,
    [property: JsonPropertyName("version")] string Version,
    [property: JsonPropertyName("media_type")] string MediaType);
