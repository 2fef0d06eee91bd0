namespace Taxonomy.Api.Disarm.Incidents;

/// <summary>A technique an incident shows, with the passages quoted for it.</summary>
/// <param name="TechniqueId">The technique. <example>T0166.003</example></param>
/// <param name="Name">The technique's name.</param>
/// <param name="Mappings">The incident→technique mappings that name it, by id.</param>
public sealed record IncidentTechniqueLink(string TechniqueId, string Name, IReadOnlyList<Techniques.MappingDescription> Mappings);

/// <summary>One of an incident's sources, with what DISARM's urls sheet records about it.</summary>
/// <param name="Url">The source's address, in the incident's order.</param>
/// <param name="ReferenceId">The reference's number in /api/v1/references, or null when nothing is recorded about the URL.</param>
/// <param name="PublishedOn">The publication date, when recorded as a date.</param>
/// <param name="PublishedOnText">The publication date as written, when it is not a date.</param>
/// <param name="Authors">The authors.</param>
/// <param name="Organisation">The publishing organisation.</param>
/// <param name="ArchiveUrl">An archived copy.</param>
public sealed record IncidentReference(string Url, int? ReferenceId, DateOnly? PublishedOn, string? PublishedOnText, string? Authors, string? Organisation, string? ArchiveUrl);
