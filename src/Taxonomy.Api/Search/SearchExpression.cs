namespace Taxonomy.Api.Search;

/// <summary>A parsed query.</summary>
/// <param name="Match">The FTS5 MATCH expression that searches for it.</param>
/// <param name="ExactName">
/// The query as typed (without the quotes when it is one phrase): an object named exactly so,
/// ignoring letter case, matches best.
/// </param>
internal sealed record SearchExpression(string Match, string ExactName);
