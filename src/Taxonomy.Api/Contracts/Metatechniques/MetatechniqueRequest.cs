namespace Taxonomy.Api.Contracts.Metatechniques;

/// <summary>A metatechnique to create or replace.</summary>
/// <param name="Id">The metatechnique's DISARM id. Required to create; when replacing, taken from the URL. <example>M004</example></param>
/// <param name="Name">The metatechnique's name. <example>Friction</example></param>
/// <param name="Summary">What the metatechnique is.</param>
public sealed record MetatechniqueRequest(string? Id, string? Name, string? Summary);
