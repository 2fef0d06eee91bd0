namespace Taxonomy.Api.Disarm.Countermeasures;

/// <summary>What reading and writing counters and detections share: their filters and their links.</summary>
internal static class Countermeasures
{
    /// <summary>
    /// The counters or detections a list query selects; every id it names must exist (404).
    /// <paramref name="listing"/> gives the ids of those that list a technique, through their link table.
    /// </summary>
    public static async Task<IQueryable<T>> FilteredAsync<T>(this TaxonomyDbContext db, CountermeasureListQuery query, Func<string, IQueryable<string>> listing, CancellationToken cancellationToken)
        where T : class, ICountermeasure
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(listing);
        var tacticId = await db.FilterAsync<Tactic>(query.TacticId, "tacticId", cancellationToken);
        var techniqueId = await db.FilterAsync<Technique>(query.TechniqueId, "techniqueId", cancellationToken);
        var metatechniqueId = await db.FilterAsync<Metatechnique>(query.MetatechniqueId, "metatechniqueId", cancellationToken);
        var responseTypeId = await db.FilterAsync<ResponseType>(query.ResponseTypeId, "responseTypeId", cancellationToken);
        var actorTypeId = await db.FilterAsync<ActorType>(query.ActorTypeId, "actorTypeId", cancellationToken);
        var filtered = db.Set<T>().AsNoTracking().AsSplitQuery()
            .Where(c => tacticId == null || c.TacticId == tacticId)
            .Where(c => metatechniqueId == null || c.MetatechniqueId == metatechniqueId)
            .Where(c => responseTypeId == null || c.ResponseTypeId == responseTypeId)
            .Where(c => actorTypeId == null || c.ActorTypes.Any(a => a.Id == actorTypeId));
        if (techniqueId is not null)
        {
            var listed = listing(techniqueId);
            filtered = filtered.Where(c => listed.Contains(c.Id));
        }

        return filtered;
    }

    /// <summary>Counters or detections with the links a write replaces.</summary>
    public static IQueryable<T> WithLinks<T>(this IQueryable<T> query)
        where T : class, ICountermeasure =>
        query.Include(c => c.Techniques).Include(c => c.ActorTypes).Include(c => c.Resources).Include(c => c.Incidents).AsSplitQuery();

    /// <summary>Checks every id a request names (422 naming the field), then sets the links it asks for.</summary>
    public static async Task LinkAsync(this TaxonomyDbContext db, ICountermeasure countermeasure, ICountermeasureRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(countermeasure);
        ArgumentNullException.ThrowIfNull(request);
        await db.RequireAsync<Metatechnique>(request.MetatechniqueId, "metatechniqueId", cancellationToken);
        await db.RequireAsync<Tactic>(request.TacticId, "tacticId", cancellationToken);
        await db.RequireAsync<ResponseType>(request.ResponseTypeId, "responseTypeId", cancellationToken);
        countermeasure.SetTechniques(await db.ResolveAsync<Technique>(request.TechniqueIds, "techniqueIds", cancellationToken));
        countermeasure.SetActorTypes(await db.ResolveAsync<ActorType>(request.ActorTypeIds, "actorTypeIds", cancellationToken));
        countermeasure.SetResources(await db.ResolveAsync<Resource>(request.ResourceIds, "resourceIds", cancellationToken));
        countermeasure.SetIncidents(await db.ResolveAsync<Incident>(request.IncidentIds, "incidentIds", cancellationToken));
    }

    public static CounterDetails ToDetails(this ICountermeasureRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new(request.Name!, request.Summary, request.MetatechniqueId, request.TacticId, request.ResponseTypeId, request.HowFound, request.References, request.Notes);
    }
}
