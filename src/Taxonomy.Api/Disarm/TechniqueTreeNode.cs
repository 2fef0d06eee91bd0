namespace Taxonomy.Api.Disarm;

/// <summary>A technique with its sub-techniques.</summary>
/// <param name="Id">The technique. <example>T0166</example></param>
/// <param name="Name">The technique's name.</param>
/// <param name="Subtechniques">Its sub-techniques, by id.</param>
public sealed record TechniqueTreeNode(string Id, string Name, IReadOnlyList<NamedObject> Subtechniques);
