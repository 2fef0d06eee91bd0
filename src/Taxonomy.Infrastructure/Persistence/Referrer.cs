namespace Taxonomy.Infrastructure.Persistence;

/// <summary>Objects of one type that still point at an object someone wants to delete.</summary>
/// <param name="EntityType">The domain type of the referring objects (e.g. Counter).</param>
/// <param name="Ids">The referring objects' ids, in order.</param>
public sealed record Referrer(Type EntityType, IReadOnlyList<string> Ids);
