namespace Taxonomy.Api.Pages;

/// <summary>
/// Both workbooks as DISARM's page generator loads them: every sheet in sheet order, and the
/// links between objects parsed exactly its way. The parsing keeps the generator's quirks on
/// purpose (a counter links only the first technique of its cell, an incident technique after
/// ", " never matches), because the published pages depend on them.
/// </summary>
internal sealed class DisarmWorkbook
{
    // Each made when a page first asks for it: a page reads only some links, and reading a cell
    // costs a check that it still agrees with its object.
    private readonly Lazy<ILookup<string, DisarmRow>> _associatedByTechnique;
    private readonly Lazy<ILookup<string, IncidentTechniquePair>> _incidentTechniquesByTechnique;
    private readonly Lazy<ILookup<string, IncidentTechniquePair>> _incidentTechniquesByIncident;
    private readonly Lazy<ILookup<string, DisarmRow>> _countersByTechnique;
    private readonly Lazy<ILookup<string, DisarmRow>> _countersByActorType;
    private readonly Lazy<ILookup<string, DisarmRow>> _urls;

    /// <summary>The types whose sheets the pages print.</summary>
    public static readonly IReadOnlyList<DisarmType> Types =
    [
        DisarmTypes.Frameworks, DisarmTypes.Phases, DisarmTypes.Tactics, DisarmTypes.Techniques, DisarmTypes.Tasks, DisarmTypes.Counters,
        DisarmTypes.Detections, DisarmTypes.ActorTypes, DisarmTypes.Metatechniques, DisarmTypes.ResponseTypes, DisarmTypes.Resources,
        DisarmTypes.Sectors, DisarmTypes.Incidents, DisarmTypes.References, DisarmTypes.IncidentTechniques, DisarmTypes.AssociatedTechniques,
    ];

    /// <param name="sheets">Rows by sheet name, each sheet in sheet order.</param>
    public DisarmWorkbook(IReadOnlyDictionary<string, IReadOnlyList<DisarmRow>> sheets)
    {
        IReadOnlyList<DisarmRow> Rows(DisarmType type) => sheets.TryGetValue(type.Sheet, out var found) ? found : [];
        DisarmSheet Sheet(DisarmType type) => new(type, Rows(type));

        Phases = Sheet(DisarmTypes.Phases);
        Tactics = Sheet(DisarmTypes.Tactics);
        Techniques = Sheet(DisarmTypes.Techniques);
        Tasks = Sheet(DisarmTypes.Tasks);
        Counters = new DisarmSheet(DisarmTypes.Counters, InPageOrder(DisarmTypes.Counters, Rows(DisarmTypes.Counters), counter => counter.Id).ToList());
        Detections = Sheet(DisarmTypes.Detections);
        ActorTypes = Sheet(DisarmTypes.ActorTypes);
        Metatechniques = Sheet(DisarmTypes.Metatechniques);
        ResponseTypes = Sheet(DisarmTypes.ResponseTypes);
        Incidents = Sheet(DisarmTypes.Incidents);

        _associatedByTechnique = new(() => Rows(DisarmTypes.AssociatedTechniques)
            .Where(row => Techniques.Contains(row["technique_id"]) && Techniques.Contains(row["associated_technique_id"]))
            .ToLookup(row => row["technique_id"], StringComparer.Ordinal));
        var incidentTechniques = new Lazy<List<IncidentTechniquePair>>(() => IncidentTechniquesOf(Rows(DisarmTypes.IncidentTechniques)).ToList());
        _incidentTechniquesByTechnique = new(() => incidentTechniques.Value.ToLookup(pair => pair.TechniqueId, StringComparer.Ordinal));
        _incidentTechniquesByIncident = new(() => incidentTechniques.Value.ToLookup(pair => pair.IncidentId, StringComparer.Ordinal));
        _countersByTechnique = new(() => Counters.Rows.SelectMany(counter => TechniqueIdsOf(counter), (counter, id) => (counter, id))
            .ToLookup(link => link.id, link => link.counter, StringComparer.Ordinal));
        _countersByActorType = new(() => Counters.Rows.SelectMany(counter => ActorTypeIdsOf(counter), (counter, id) => (counter, id))
            .ToLookup(link => link.id, link => link.counter, StringComparer.Ordinal));
        _urls = new(() => Rows(DisarmTypes.References).ToLookup(row => row["url_id"], StringComparer.Ordinal));
    }

    public DisarmSheet Phases { get; }

    public DisarmSheet Tactics { get; }

    /// <summary>Techniques and sub-techniques, in sheet order (which is not id order).</summary>
    public DisarmSheet Techniques { get; }

    public DisarmSheet Tasks { get; }

    /// <summary>Counters sorted by id: every page lists them so, or sorts them further.</summary>
    public DisarmSheet Counters { get; }

    public DisarmSheet Detections { get; }

    public DisarmSheet ActorTypes { get; }

    public DisarmSheet Metatechniques { get; }

    public DisarmSheet ResponseTypes { get; }

    public DisarmSheet Incidents { get; }

    /// <summary>
    /// A sheet's rows in the order every page lists them: sheet order, except counters, which every
    /// page lists by id (a stable sort, so that repeated ids keep sheet order).
    /// </summary>
    public static IEnumerable<T> InPageOrder<T>(DisarmType type, IEnumerable<T> rows, Func<T, string> id) =>
        type == DisarmTypes.Counters ? rows.OrderBy(id, StringComparer.Ordinal) : rows;

    /// <summary>The associated-technique rows of a technique whose both ends exist, in sheet order.</summary>
    public IEnumerable<DisarmRow> AssociatedTechniquesOf(string techniqueId) => _associatedByTechnique.Value[techniqueId];

    /// <summary>Every incident-technique pair naming the technique, in sheet order, repeats included.</summary>
    public IEnumerable<IncidentTechniquePair> IncidentsOf(string techniqueId) => _incidentTechniquesByTechnique.Value[techniqueId];

    /// <summary>Every incident-technique pair of the incident, in sheet order, repeats included.</summary>
    public IEnumerable<IncidentTechniquePair> TechniquesOf(string incidentId) => _incidentTechniquesByIncident.Value[incidentId];

    /// <summary>The counters whose techniques cell links the technique, by counter id.</summary>
    public IEnumerable<DisarmRow> CountersOfTechnique(string techniqueId) => _countersByTechnique.Value[techniqueId];

    /// <summary>The counters whose actortypes cell links the actor type, by counter id.</summary>
    public IEnumerable<DisarmRow> CountersOfActorType(string actorTypeId) => _countersByActorType.Value[actorTypeId];

    /// <summary>The urls rows for each piece of the incident's urls cell, in cell order then urls-sheet order.</summary>
    public IEnumerable<DisarmRow> ReferencesOf(DisarmRow incident) => incident["urls"].Split(' ').SelectMany(url => _urls.Value[url]);

    /// <summary>
    /// The technique ids a counter's cell yields: the first word of each line. The cells separate
    /// their entries with spaces, not lines, so in practice only the first technique counts.
    /// </summary>
    public static IEnumerable<string> TechniqueIdsOf(DisarmRow counter) => counter["techniques"].Split('\n').Select(DisarmRow.FirstWord);

    /// <summary>The actor type ids a counter's cell yields: the first word of each comma-separated piece, untrimmed.</summary>
    public static IEnumerable<string> ActorTypeIdsOf(DisarmRow counter) => counter["actortypes"].Split(',').Select(DisarmRow.FirstWord);

    /// <summary>
    /// The pairs of the incidenttechniques sheet whose incident and technique exist. The
    /// technique_ids cell is split on "," without trimming, so a piece after ", " never matches.
    /// </summary>
    private IEnumerable<IncidentTechniquePair> IncidentTechniquesOf(IEnumerable<DisarmRow> rows) =>
        from row in rows
        from techniqueId in row["technique_ids"].Split(',')
        where Incidents.Contains(row["incident_id"]) && Techniques.Contains(techniqueId)
        select new IncidentTechniquePair(row["incident_id"], techniqueId, row.Name);
}
