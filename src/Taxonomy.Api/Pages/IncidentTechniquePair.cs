namespace Taxonomy.Api.Pages;

/// <summary>One incident-technique pair of the incidenttechniques sheet, with the passage quoted for it.</summary>
internal sealed record IncidentTechniquePair(string IncidentId, string TechniqueId, string Description);
