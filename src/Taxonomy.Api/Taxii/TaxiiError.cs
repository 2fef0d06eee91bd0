using System.Text.Json.Serialization;

namespace Taxonomy.Api.Taxii;

/// <summary>A TAXII error message (TAXII 2.1, section 3.6.1): what TAXII routes answer instead of RFC 9457 problem details.</summary>
/// <param name="Title">A short, human-readable summary of the error.</param>
/// <param name="Description">What went wrong, and what to do about it.</param>
/// <param name="HttpStatus">The HTTP status of the answer, as a string as TAXII has it.</param>
/// <param name="Details">The invalid parameters and what is wrong with each, when there are any.</param>
public sealed record TaxiiError(
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("description"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Description,
    [property: JsonPropertyName("http_status")] string HttpStatus,
    [property: JsonPropertyName("details"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyDictionary<string, string[]>? Details = null);
