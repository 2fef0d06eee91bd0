
namespace Taxonomy.Api.Disarm.References;

/// <summary>Which references to list.</summary>
/// <param name="Url">Only the reference with exactly this URL. <example>https://archive.is/rZDdF</example></param>
public sealed record ReferenceListQuery([FromQuery(Name = "url")][property: FromQuery(Name = "url")] string? Url = null);
