using System.Text.Json.Serialization;

namespace Taxonomy.Api.Disarm.Techniques;

/// <summary>
/// A technique with the related objects asked for in <c>include</c>; relations not asked for are
/// left out of the JSON.
/// </summary>
/// <param name="Id">The technique's DISARM id. <example>T0166.003</example></param>
/// <param name="Name">The technique's name.</param>
/// <param name="TacticId">The tactic the technique sits in.</param>
/// <param name="ParentId">For a sub-technique, its parent technique; otherwise null.</param>
/// <param name="IsSubtechnique">Whether this is a sub-technique.</param>
/// <param name="Summary">What the technique is and how to recognise it.</param>
/// <param name="InLatestImport">Whether the latest workbook import contained this technique.</param>
/// <param name="Version">The number of the object\'s latest version (see its history).</param>
/// <param name="Modified">When that version was made, in UTC.</param>
/// <param name="Tactic">The tactic (include=tactic).</param>
/// <param name="Parent">The parent technique of a sub-technique (include=parent); absent for a technique.</param>
/// <param name="Subtechniques">The sub-techniques, by id (include=subtechniques).</param>
/// <param name="AssociatedTechniques">Related techniques and how to choose between them, by associated id (include=associatedTechniques).</param>
/// <param name="Incidents">The incidents that show the technique, by id, each with the passages quoted for it (include=incidents).</param>
/// <param name="Counters">The counters against the technique, by id (include=counters).</param>
public sealed record TechniqueDetailsResponse(
    string Id,
    string Name,
    string TacticId,
    string? ParentId,
    bool IsSubtechnique,
    string? Summary,
    bool InLatestImport,
    int Version,
    DateTime Modified,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] NamedObject? Tactic = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] NamedObject? Parent = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<NamedObject>? Subtechniques = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<AssociatedTechniqueLink>? AssociatedTechniques = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<TechniqueIncident>? Incidents = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<CounterLink>? Counters = null) : IVersionedResponse;

/// <summary>A technique associated with another, and how to choose between them.</summary>
/// <param name="Id">The association's id. <example>AT00000001</example></param>
/// <param name="TechniqueId">The associated technique.</param>
/// <param name="Name">The associated technique's name.</param>
/// <param name="Description">How the two relate.</param>
public sealed record AssociatedTechniqueLink(string Id, string TechniqueId, string Name, string? Description);

/// <summary>An incident that shows a technique.</summary>
/// <param name="IncidentId">The incident. <example>I00251</example></param>
/// <param name="Name">The incident's name.</param>
/// <param name="Mappings">The incident→technique mappings that name the technique: the passages quoted from the incident's sources.</param>
public sealed record TechniqueIncident(string IncidentId, string Name, IReadOnlyList<MappingDescription> Mappings);

/// <summary>One passage quoted from an incident's source.</summary>
/// <param name="Id">The mapping's id. <example>IT00000215</example></param>
/// <param name="Description">The passage.</param>
public sealed record MappingDescription(string Id, string? Description);
