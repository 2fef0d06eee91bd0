namespace Taxonomy.Api.Contracts.Sectors;

/// <summary>A sector to create or replace.</summary>
/// <param name="Id">The sector's DISARM id. Required to create; when replacing, taken from the URL. <example>S007</example></param>
/// <param name="Name">The sector's name. <example>Platform</example></param>
/// <param name="Summary">What the sector covers.</param>
public sealed record SectorRequest(string? Id, string? Name, string? Summary);
