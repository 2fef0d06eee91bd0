namespace Taxonomy.Api.Disarm.Techniques;

/// <summary>The filters of a technique list, for the list and for the other reads that take them (the layers).</summary>
internal static class TechniqueFilter
{
    /// <summary>The techniques a list query selects, untracked, unordered; a tactic or parent it names must exist (404).</summary>
    public static async Task<IQueryable<Technique>> TechniquesMatchingAsync(this TaxonomyDbContext db, TechniqueListQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var tacticId = await db.FilterAsync<Tactic>(query.TacticId, "tacticId", cancellationToken);
        var parentId = await db.FilterAsync<Technique>(query.ParentId, "parentId", cancellationToken);
        return db.Techniques.AsNoTracking()
            .Where(t => tacticId == null || t.TacticId == tacticId)
            .Where(t => parentId == null || t.ParentId == parentId)
            .Where(t => query.IsSubtechnique == null || (t.ParentId != null) == query.IsSubtechnique);
    }
}
