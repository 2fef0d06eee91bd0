using Taxonomy.Domain;

namespace Taxonomy.Infrastructure.Search;

/// <summary>
/// One entry of the full-text index: the searchable text of one DISARM object, filed under the
/// object's API resource name and id. <see cref="Name"/> is weighted above <see cref="Body"/>
/// when ranking.
/// </summary>
internal sealed class SearchEntry
{
    public SearchEntry(string type, string id, string? name, string? body)
    {
        Type = type;
        Id = id;
        Name = name;
        Body = body;
    }

    private SearchEntry()
    {
    }

    /// <summary>
    /// The entry's rowid, which is also its rowid in the FTS5 table. Entries are keyed by it rather
    /// than by type and id, so that should an object ever be indexed twice, the extra rows can
    /// still be removed.
    /// </summary>
    public long RowId { get; private set; }

    public string Type { get; private set; } = "";

    public string Id { get; private set; } = "";

    public string? Name { get; private set; }

    public string? Body { get; private set; }

    /// <summary>The entry of a DISARM object, or null for objects with no text to search (references).</summary>
    public static SearchEntry? Of(object entity) => entity switch
    {
        Framework f => new("frameworks", f.Id, f.Name, f.Summary),
        Phase p => new("phases", p.Id, p.Name, p.Summary),
        Tactic t => new("tactics", t.Id, t.Name, t.Summary),
        Technique t => new("techniques", t.Id, t.Name, t.Summary),
        DisarmTask t => new("tasks", t.Id, t.Name, t.Summary),
        Incident i => new("incidents", i.Id, i.Name, Join(i.Summary, i.Notes, i.AttributionsSeen, i.FoundInCountry)),
        IncidentTechnique m => new("incident-techniques", m.Id, null, m.Description),
        AssociatedTechnique a => new("associated-techniques", a.Id, null, a.Description),
        Counter c => new("counters", c.Id, c.Name, Join(c.Summary, c.Notes)),
        Detection d => new("detections", d.Id, d.Name, Join(d.Summary, d.Notes)),
        Metatechnique m => new("metatechniques", m.Id, m.Name, m.Summary),
        ResponseType r => new("response-types", r.Id, r.Name, r.Summary),
        ActorType a => new("actor-types", a.Id, a.Name, a.Summary),
        Resource r => new("resources", r.Id, r.Name, r.Summary),
        Sector s => new("sectors", s.Id, s.Name, s.Summary),
        Playbook p => new("playbooks", p.Id, p.Name, p.Summary),
        _ => null,
    };

    public void Update(SearchEntry wanted)
    {
        Name = wanted.Name;
        Body = wanted.Body;
    }

    /// <summary>The texts present, one per line: what SQLite's concat_ws(char(10), ...) gives, which the migration uses.</summary>
    private static string? Join(params string?[] texts)
    {
        var present = texts.OfType<string>().ToList();
        return present.Count == 0 ? null : string.Join('\n', present);
    }
}
