using Taxonomy.Api.Disarm.Techniques;

namespace Taxonomy.Api.Disarm;

/// <summary>Reads a technique's related objects, one query per relation asked for.</summary>
internal static class TechniqueRelations
{
    public static async Task<TechniqueDetailsResponse> WithRelationsAsync(this TaxonomyDbContext db, Technique technique, IReadOnlySet<string> include, CancellationToken cancellationToken)
    {
        var id = technique.Id;
        return new TechniqueDetailsResponse(
            technique.Id,
            technique.Name,
            technique.TacticId,
            technique.ParentId,
            technique.IsSubtechnique,
            technique.Summary,
            technique.InLatestImport,
            technique.Version,
            technique.Modified,
            include.Contains("tactic")
                ? await db.Tactics.AsNoTracking().Where(t => t.Id == technique.TacticId).Select(t => new NamedObject(t.Id, t.Name)).SingleAsync(cancellationToken)
                : null,
            include.Contains("parent") && technique.ParentId is not null
                ? await db.Techniques.AsNoTracking().Where(t => t.Id == technique.ParentId).Select(t => new NamedObject(t.Id, t.Name)).SingleAsync(cancellationToken)
                : null,
            include.Contains("subtechniques")
                ? await db.Techniques.AsNoTracking().Where(t => t.ParentId == id).OrderBy(t => t.Id).Select(t => new NamedObject(t.Id, t.Name)).ToListAsync(cancellationToken)
                : null,
            include.Contains("associatedTechniques")
                ? await db.AssociatedTechniques.AsNoTracking().Where(a => a.TechniqueId == id)
                    .OrderBy(a => a.AssociatedTechniqueId).ThenBy(a => a.Id)
                    .Select(a => new AssociatedTechniqueLink(a.Id, a.AssociatedTechniqueId, a.Associated!.Name, a.Description))
                    .ToListAsync(cancellationToken)
                : null,
            include.Contains("incidents") ? await IncidentsAsync(db, id, cancellationToken) : null,
            include.Contains("counters")
                ? await db.Counters.AsNoTracking().Where(c => db.CounterIdsListing(id).Contains(c.Id)).CounterLinks().ToListAsync(cancellationToken)
                : null);
    }

    private static async Task<List<TechniqueIncident>> IncidentsAsync(TaxonomyDbContext db, string techniqueId, CancellationToken cancellationToken)
    {
        var mappingIds = db.MappingIdsNaming(db.Techniques.Where(t => t.Id == techniqueId).Select(t => t.Id));
        var mappings = await db.IncidentTechniques.AsNoTracking()
            .Where(m => mappingIds.Contains(m.Id))
            .OrderBy(m => m.IncidentId).ThenBy(m => m.Id)
            .Select(m => new { m.IncidentId, IncidentName = m.Incident!.Name, m.Id, m.Description })
            .ToListAsync(cancellationToken);
        return mappings
            .GroupBy(m => (m.IncidentId, m.IncidentName))
            .Select(incident => new TechniqueIncident(incident.Key.IncidentId, incident.Key.IncidentName, incident.Select(m => new MappingDescription(m.Id, m.Description)).ToList()))
            .ToList();
    }
}
