using Taxonomy.Api.Disarm.Incidents;
using Taxonomy.Api.Disarm.Techniques;

namespace Taxonomy.Api.Disarm;

/// <summary>Relationship reads that several endpoints share.</summary>
internal static class RelationQueries
{
    public static IQueryable<CounterLink> CounterLinks(this IQueryable<Counter> counters) =>
        counters.OrderBy(c => c.Id).Select(c => new CounterLink(c.Id, c.Name, c.ResponseTypeId, c.ResponseType == null ? null : c.ResponseType.Name));

    /// <summary>The techniques an incident's mappings name, in id order, each with those mappings (the quoted passages) in id order.</summary>
    public static async Task<List<IncidentTechniqueLink>> IncidentTechniqueLinksAsync(this TaxonomyDbContext db, string incidentId, CancellationToken cancellationToken)
    {
        var pairs = await db.IncidentTechniques.AsNoTracking().Where(m => m.IncidentId == incidentId)
            .SelectMany(m => m.Techniques, (m, t) => new { TechniqueId = t.Id, t.Name, m.Id, m.Description })
            .OrderBy(p => p.TechniqueId).ThenBy(p => p.Id)
            .ToListAsync(cancellationToken);
        return pairs.GroupBy(p => (p.TechniqueId, p.Name))
            .Select(g => new IncidentTechniqueLink(g.Key.TechniqueId, g.Key.Name, g.Select(p => new MappingDescription(p.Id, p.Description)).ToList()))
            .ToList();
    }

    /// <summary>The given techniques (not sub-techniques) with their sub-techniques, in id order.</summary>
    public static async Task<List<TechniqueTreeNode>> TechniqueTreesAsync(this TaxonomyDbContext db, IReadOnlyCollection<NamedObject> techniques, CancellationToken cancellationToken)
    {
        var ids = techniques.Select(t => t.Id).ToList();
        var subtechniques = (await db.Techniques.AsNoTracking()
                .Where(t => t.ParentId != null && ids.Contains(t.ParentId))
                .OrderBy(t => t.Id)
                .Select(t => new { ParentId = t.ParentId!, t.Id, t.Name })
                .ToListAsync(cancellationToken))
            .ToLookup(t => t.ParentId, t => new NamedObject(t.Id, t.Name));
        return techniques.Select(t => new TechniqueTreeNode(t.Id, t.Name, subtechniques[t.Id].ToList())).ToList();
    }
}
