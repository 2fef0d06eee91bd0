namespace Taxonomy.Api.Disarm.IncidentTechniques;

/// <summary>An incident→technique mapping to create or replace.</summary>
/// <param name="Id">The mapping's DISARM id. Required to create; when replacing, taken from the URL. <example>IT00000215</example></param>
/// <param name="IncidentId">The incident the passage comes from. <example>I00251</example></param>
/// <param name="TechniqueIds">The techniques the passage shows; at least one. <example>["T0166.003"]</example></param>
/// <param name="Description">The passage quoted from the incident's source.</param>
/// <param name="DisarmVersion">The DISARM release that added the mapping. <example>1.7</example></param>
public sealed record IncidentTechniqueRequest(string? Id, string? IncidentId, IReadOnlyList<string?>? TechniqueIds, string? Description, string? DisarmVersion);
