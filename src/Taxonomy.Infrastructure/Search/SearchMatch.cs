namespace Taxonomy.Infrastructure.Search;

/// <summary>An object that matches a full-text query.</summary>
/// <param name="RowId">The index entry's rowid, which <see cref="SearchIndex.SnippetsAsync"/> takes.</param>
/// <param name="Type">The object's API resource name, such as techniques.</param>
/// <param name="Id">The object's id.</param>
/// <param name="Name">The object's name; null for types without one.</param>
/// <param name="Score">How well the object matches: FTS5's bm25, negated so that higher is better.</param>
/// <param name="IsExactName">Whether the object's name is the query's text, ignoring letter case.</param>
public sealed record SearchMatch(long RowId, string Type, string Id, string? Name, double Score, bool IsExactName);
