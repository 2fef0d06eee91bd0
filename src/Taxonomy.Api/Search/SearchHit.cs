using Taxonomy.Infrastructure.Search;

namespace Taxonomy.Api.Search;

/// <summary>An object that matches a search, fetched in full from /api/v1/{type}/{id}.</summary>
/// <param name="Type">The object's resource. <example>techniques</example></param>
/// <param name="Id">The object's id. <example>T0002</example></param>
/// <param name="Name">The object's name; null for incident-techniques and associated-techniques, which have none. <example>Facilitate State Propaganda</example></param>
/// <param name="Snippet">
/// Up to 16 words of the best-matching field (name or text), each matched word between « and »,
/// with … where text is cut. Plain text: escape it before showing it as HTML.
/// <example>Facilitate State «Propaganda»</example>
/// </param>
/// <param name="Score">How well the object matches (FTS5's bm25, negated): higher is better. Comparable only within one search.</param>
public sealed record SearchHit(string Type, string Id, string? Name, string Snippet, double Score)
{
    public static SearchHit From(SearchMatch match, string snippet) => new(match.Type, match.Id, match.Name, snippet, match.Score);
}
