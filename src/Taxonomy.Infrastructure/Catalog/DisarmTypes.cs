using Microsoft.EntityFrameworkCore;
using Taxonomy.Domain;

namespace Taxonomy.Infrastructure.Catalog;

/// <summary>
/// Every DISARM type the API holds, each described once (see <see cref="DisarmType"/>). Adding a
/// type, or renaming its route, sheet or page folder, is a change here; the importer, the pages,
/// search, the routes and the messages all read this table.
/// </summary>
public static class DisarmTypes
{
    public static readonly DisarmType<Framework> Frameworks = new(
        "frameworks", DisarmIds.Framework, Workbook.Frameworks, "frameworks", null, f => f.Id,
        [Columns.Key<Framework>("disarm_id", f => f.Id), Columns.Text<Framework>("name", f => f.Name, required: true), Columns.Text<Framework>("summary", f => f.Summary)],
        f => new(f.Name, f.Summary));

    // Phases, tactics and techniques are the framework itself: every other frameworks sheet hangs
    // off them, and a workbook without them is no frameworks workbook (the data workbook sent in
    // its place, say), so their sheets are required. Every other sheet may be missing, as in older
    // releases; the reader still refuses a workbook holding none of the sheets it should.
    public static readonly DisarmType<Phase> Phases = new(
        "phases", DisarmIds.Phase, Workbook.Frameworks, "phases", "phases", p => p.Id,
        [Columns.Key<Phase>("disarm_id", p => p.Id), Columns.Text<Phase>("name", p => p.Name, required: true), Columns.Number<Phase>("rank", p => p.Rank, required: true), Columns.Text<Phase>("summary", p => p.Summary)],
        p => new(p.Name, p.Summary))
    {
        SheetRequired = true,
    };

    public static readonly DisarmType<Tactic> Tactics = new(
        "tactics", DisarmIds.Tactic, Workbook.Frameworks, "tactics", "tactics", t => t.Id,
        [
            Columns.Key<Tactic>("disarm_id", t => t.Id), Columns.Text<Tactic>("name", t => t.Name, required: true),
            Columns.Link<Tactic>("phase_id", Phases, t => t.PhaseId, required: true), Columns.Number<Tactic>("rank", t => t.Rank, required: true), Columns.Text<Tactic>("summary", t => t.Summary),
        ],
        t => new(t.Name, t.Summary))
    {
        SheetRequired = true,
    };

    public static readonly DisarmType<Technique> Techniques = new(
        "techniques", DisarmIds.Technique, Workbook.Frameworks, "techniques", "techniques", t => t.Id,
        [
            Columns.Key<Technique>("disarm_id", t => t.Id), Columns.Text<Technique>("name", t => t.Name, required: true),
            Columns.Link<Technique>("tactic_id", Tactics, t => t.TacticId, required: true), Columns.Text<Technique>("summary", t => t.Summary),
        ],
        t => new(t.Name, t.Summary))
    {
        SheetRequired = true,
    };

    public static readonly DisarmType<DisarmTask> Tasks = new(
        "tasks", DisarmIds.Task, Workbook.Frameworks, "tasks", "tasks", t => t.Id,
        [
            Columns.Key<DisarmTask>("disarm_id", t => t.Id), Columns.Text<DisarmTask>("name", t => t.Name, required: true), Columns.Link<DisarmTask>("tactic_id", Tactics, t => t.TacticId, required: true),
            Columns.Text<DisarmTask>("summary", t => t.Summary), Columns.Link<DisarmTask>("framework_id", Frameworks, t => t.FrameworkId, required: true),
        ],
        t => new(t.Name, t.Summary));

    public static readonly DisarmType<Metatechnique> Metatechniques = new(
        "metatechniques", DisarmIds.Metatechnique, Workbook.Frameworks, "metatechniques", "metatechniques", m => m.Id,
        [Columns.Key<Metatechnique>("disarm_id", m => m.Id), Columns.Text<Metatechnique>("name", m => m.Name, required: true), Columns.Text<Metatechnique>("summary", m => m.Summary)],
        m => new(m.Name, m.Summary));

    public static readonly DisarmType<ResponseType> ResponseTypes = new(
        "response-types", DisarmIds.ResponseType, Workbook.Frameworks, "responsetypes", null, r => r.Id,
        [Columns.Key<ResponseType>("disarm_id", r => r.Id), Columns.Text<ResponseType>("name", r => r.Name, required: true), Columns.Text<ResponseType>("summary", r => r.Summary)],
        r => new(r.Name, r.Summary));

    public static readonly DisarmType<Resource> Resources = new(
        "resources", DisarmIds.Resource, Workbook.Frameworks, "resources", null, r => r.Id,
        [
            Columns.Key<Resource>("disarm_id", r => r.Id), Columns.Text<Resource>("name", r => r.Name, required: true), Columns.Text<Resource>("summary", r => r.Summary),
            Columns.Text<Resource>("resource_type", r => r.ResourceType),
        ],
        r => new(r.Name, r.Summary));

    public static readonly DisarmType<Sector> Sectors = new(
        "sectors", DisarmIds.Sector, Workbook.Frameworks, "sectors", null, s => s.Id,
        [Columns.Key<Sector>("disarm_id", s => s.Id), Columns.Text<Sector>("name", s => s.Name, required: true), Columns.Text<Sector>("summary", s => s.Summary)],
        s => new(s.Name, s.Summary));

    public static readonly DisarmType<ActorType> ActorTypes = new(
        "actor-types", DisarmIds.ActorType, Workbook.Frameworks, "actortypes", "actortypes", a => a.Id,
        [
            Columns.Key<ActorType>("disarm_id", a => a.Id), Columns.Text<ActorType>("name", a => a.Name, required: true), Columns.Text<ActorType>("summary", a => a.Summary),
            Columns.Links<ActorType>("sector_ids", Sectors, a => a.Sectors.Select(s => (s.Id, s.Name)), ", ", withNames: false, required: true),
            Columns.Links<ActorType>("framework_ids", Frameworks, a => a.Frameworks.Select(f => (f.Id, f.Name)), ", ", withNames: false, required: true),
        ],
        a => new(a.Name, a.Summary),
        query => query.Include(a => a.Sectors).Include(a => a.Frameworks).AsSplitQuery());

    public static readonly DisarmType<Incident> Incidents = new(
        "incidents", DisarmIds.Incident, Workbook.Data, "incidents", "incidents", i => i.Id,
        [
            Columns.Key<Incident>("disarm_id", i => i.Id), Columns.Text<Incident>("name", i => i.Name, required: true), Columns.Text<Incident>("objecttype", i => i.ObjectType),
            Columns.Text<Incident>("summary", i => i.Summary), Columns.Number<Incident>("year_started", i => i.YearStarted),
            Columns.Text<Incident>("attributions_seen", i => i.AttributionsSeen), Columns.Text<Incident>("found_in_country", i => i.FoundInCountry),
            Columns.Urls<Incident>("urls", i => i.Urls), Columns.Text<Incident>("notes", i => i.Notes), Columns.Date<Incident>("when_added", i => i.WhenAdded),
            Columns.Text<Incident>("found_via", i => i.FoundVia),
        ],
        i => new(i.Name, SearchText.Join(i.Summary, i.Notes, i.AttributionsSeen, i.FoundInCountry)));

    /// <summary>The sources incidents cite (DISARM's urls sheet), keyed by URL; search does not hold them.</summary>
    public static readonly DisarmType<Reference> References = new(
        "references", null, Workbook.Data, "urls", null, r => r.Url,
        [
            Columns.Key<Reference>("url_id", r => r.Url, isUrl: true), Columns.DateOrText<Reference>("pub_date", r => r.PublishedOn, r => r.PublishedOnText),
            Columns.Text<Reference>("authors", r => r.Authors), Columns.Text<Reference>("org", r => r.Organisation), Columns.Url<Reference>("archive_link", r => r.ArchiveUrl),
        ],
        search: null,
        apiId: r => r.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public static readonly DisarmType<Counter> Counters = new(
        "counters", DisarmIds.Counter, Workbook.Frameworks, "countermeasures", "counters", c => c.Id,
        [.. CountermeasureColumns<Counter>(), Columns.Links<Counter>("incident_ids", Incidents, c => c.Incidents.Select(i => (i.Id, i.Name)), ",", withNames: false, required: true), Columns.Text<Counter>("tags", c => c.Tags)],
        c => new(c.Name, SearchText.Join(c.Summary, c.Notes)),
        query => WithLinks(query));

    public static readonly DisarmType<Detection> Detections = new(
        "detections", DisarmIds.Detection, Workbook.Frameworks, "detections", null, d => d.Id,
        [.. CountermeasureColumns<Detection>(), Columns.Links<Detection>("incidents", Incidents, d => d.Incidents.Select(i => (i.Id, i.Name)), ",", withNames: false, required: true)],
        d => new(d.Name, SearchText.Join(d.Summary, d.Notes)),
        query => WithLinks(query));

    public static readonly DisarmType<Playbook> Playbooks = new(
        "playbooks", DisarmIds.Playbook, Workbook.Frameworks, "playbooks", null, p => p.Id,
        [
            Columns.Key<Playbook>("disarm_id", p => p.Id), Columns.Link<Playbook>("object_id", Counters, p => p.CounterId, required: true),
            Columns.Text<Playbook>("name", p => p.Name, required: true), Columns.Text<Playbook>("summary", p => p.Summary),
        ],
        p => new(p.Name, p.Summary));

    public static readonly DisarmType<IncidentTechnique> IncidentTechniques = new(
        "incident-techniques", DisarmIds.IncidentTechnique, Workbook.Data, "incidenttechniques", null, m => m.Id,
        [
            Columns.Key<IncidentTechnique>("disarm_id", m => m.Id), Columns.Text<IncidentTechnique>("name", m => m.Description),
            Columns.Link<IncidentTechnique>("incident_id", Incidents, m => m.IncidentId, required: true),
            Columns.Links<IncidentTechnique>("technique_ids", Techniques, m => m.Techniques.Select(t => (t.Id, t.Name)), ",", withNames: false, required: true),
            Columns.Text<IncidentTechnique>("DISARM Version", m => m.DisarmVersion),
        ],
        m => new(null, m.Description),
        query => query.Include(m => m.Techniques).AsSplitQuery());

    public static readonly DisarmType<AssociatedTechnique> AssociatedTechniques = new(
        "associated-techniques", DisarmIds.AssociatedTechnique, Workbook.Data, "associatedtechniques", null, a => a.Id,
        [
            Columns.Key<AssociatedTechnique>("disarm_id", a => a.Id), Columns.Text<AssociatedTechnique>("description", a => a.Description),
            Columns.Link<AssociatedTechnique>("technique_id", Techniques, a => a.TechniqueId, required: true),
            Columns.Link<AssociatedTechnique>("associated_technique_id", Techniques, a => a.AssociatedTechniqueId, required: true),
        ],
        a => new(null, a.Description));

    /// <summary>Every type, in the order an import reads them: each after the types it links to.</summary>
    public static readonly IReadOnlyList<DisarmType> All =
    [
        Frameworks, Phases, Tactics, Techniques, Tasks, Metatechniques, ResponseTypes, Resources, Sectors, ActorTypes,
        Incidents, References, Counters, Detections, Playbooks, IncidentTechniques, AssociatedTechniques,
    ];

    private static readonly Dictionary<Type, DisarmType> ByEntity = All.ToDictionary(type => type.Entity);
    private static readonly Dictionary<string, DisarmType> ByResource = All.ToDictionary(type => type.Resource, StringComparer.OrdinalIgnoreCase);
    private static readonly Dictionary<string, DisarmType> BySheet = All.ToDictionary(type => type.Sheet, StringComparer.Ordinal);

    /// <summary>The types search holds, by resource name.</summary>
    public static IEnumerable<DisarmType> Searchable => All.Where(type => type.IsSearchable);

    /// <summary>The description of a CLR type, or null for a type that is not a DISARM object.</summary>
    public static DisarmType? Of(Type entity) => ByEntity.GetValueOrDefault(entity);

    public static DisarmType<T> Of<T>()
        where T : class =>
        (DisarmType<T>)ByEntity[typeof(T)];

    /// <summary>The type with this resource name (any letter case), or null.</summary>
    public static DisarmType? Named(string resource) => ByResource.GetValueOrDefault(resource);

    /// <summary>The type imported from a sheet.</summary>
    public static DisarmType InSheet(string sheet) => BySheet[sheet];

    /// <summary>The columns counters and detections share, in DISARM's order.</summary>
    private static IEnumerable<Column<T>> CountermeasureColumns<T>()
        where T : ICountermeasure =>
    [
        Columns.Key<T>("disarm_id", c => c.Id), Columns.Text<T>("name", c => c.Name, required: true),
        Columns.Link<T>("metatechnique", Metatechniques, c => c.MetatechniqueId, c => c.Metatechnique?.Name, required: true),
        Columns.Text<T>("summary", c => c.Summary),
        Columns.Links<T>("actortypes", ActorTypes, c => c.ActorTypes.Select(a => (a.Id, a.Name)), ",", withNames: true, required: true),
        Columns.Links<T>("resources_needed", Resources, c => c.Resources.Select(r => (r.Id, r.Name)), ",", withNames: true, required: true),
        Columns.Text<T>("how_found", c => c.HowFound), Columns.Text<T>("references", c => c.References),
        Columns.Link<T>("tactic", Tactics, c => c.TacticId, c => c.Tactic?.Name, " ", required: true),
        Columns.Link<T>("responsetype", ResponseTypes, c => c.ResponseTypeId, required: true),
        Columns.Text<T>("notes", c => c.Notes),
        Columns.TechniqueList<T>("techniques", Techniques, c => c.Techniques),
    ];

    private static IQueryable<T> WithLinks<T>(IQueryable<T> query)
        where T : class, ICountermeasure =>
        query.Include(c => c.Techniques).Include(c => c.ActorTypes).Include(c => c.Resources).Include(c => c.Incidents)
            .Include(c => c.Metatechnique).Include(c => c.Tactic).AsSplitQuery();
}
