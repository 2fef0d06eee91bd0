using System.Globalization;
using Taxonomy.Domain;

namespace Taxonomy.Infrastructure.Import;

/// <summary>
/// The workbook cells of a DISARM object, written the way DISARM writes its sheets, for objects
/// that did not come from a workbook: API writes and synthetic data. List cells are written one
/// entry per line or comma-separated without spaces, the forms DISARM's generator splits
/// correctly, so every link shows on the pages.
/// </summary>
internal static class WorkbookCells
{
    /// <param name="entity">The object.</param>
    /// <param name="nameOf">Looks up the name of a metatechnique ("metatechniques") or tactic ("tactics") by id.</param>
    public static async Task<Dictionary<string, string>> ForAsync(object entity, Func<string, string, Task<string?>> nameOf) => entity switch
    {
        Technique t => Cells(("disarm_id", t.Id), ("name", t.Name), ("tactic_id", t.TacticId), ("summary", t.Summary)),
        Tactic t => Cells(("disarm_id", t.Id), ("name", t.Name), ("phase_id", t.PhaseId), ("rank", Number(t.Rank)), ("summary", t.Summary)),
        Phase p => Cells(("disarm_id", p.Id), ("name", p.Name), ("rank", Number(p.Rank)), ("summary", p.Summary)),
        DisarmTask t => Cells(("disarm_id", t.Id), ("name", t.Name), ("tactic_id", t.TacticId), ("summary", t.Summary), ("framework_id", t.FrameworkId)),
        Metatechnique m => Cells(("disarm_id", m.Id), ("name", m.Name), ("summary", m.Summary)),
        ResponseType r => Cells(("disarm_id", r.Id), ("name", r.Name), ("summary", r.Summary)),
        Resource r => Cells(("disarm_id", r.Id), ("name", r.Name), ("summary", r.Summary), ("resource_type", r.ResourceType)),
        Sector s => Cells(("disarm_id", s.Id), ("name", s.Name), ("summary", s.Summary)),
        Framework f => Cells(("disarm_id", f.Id), ("name", f.Name), ("summary", f.Summary)),
        ActorType a => Cells(
            ("disarm_id", a.Id), ("name", a.Name), ("summary", a.Summary),
            ("sector_ids", string.Join(", ", a.Sectors.Select(s => s.Id).Order(StringComparer.Ordinal))),
            ("framework_ids", string.Join(", ", a.Frameworks.Select(f => f.Id).Order(StringComparer.Ordinal)))),
        Incident i => Cells(
            ("disarm_id", i.Id), ("name", i.Name), ("objecttype", i.ObjectType), ("summary", i.Summary),
            ("year_started", i.YearStarted is { } year ? Number(year) + ".0" : null), ("attributions_seen", i.AttributionsSeen),
            ("found_in_country", i.FoundInCountry), ("urls", string.Join(' ', i.Urls)), ("notes", i.Notes),
            ("when_added", i.WhenAdded?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), ("found_via", i.FoundVia)),
        Reference r => Cells(
            ("url_id", r.Url), ("pub_date", r.PublishedOn?.ToString("yyyy-MM-dd' 00:00:00'", CultureInfo.InvariantCulture) ?? r.PublishedOnText),
            ("authors", r.Authors), ("org", r.Organisation), ("archive_link", r.ArchiveUrl)),
        Counter c => Cells([
            .. await CounterCellsAsync(c.Id, c.Name, c.Summary, c.MetatechniqueId, c.TacticId, c.ResponseTypeId, c.HowFound, c.References, c.Notes, c.Techniques, c.ActorTypes, c.Resources, nameOf),
            ("incident_ids", string.Join(',', c.Incidents.Select(i => i.Id).Order(StringComparer.Ordinal))), ("tags", c.Tags)]),
        Detection d => Cells([
            .. await CounterCellsAsync(d.Id, d.Name, d.Summary, d.MetatechniqueId, d.TacticId, d.ResponseTypeId, d.HowFound, d.References, d.Notes, d.Techniques, d.ActorTypes, d.Resources, nameOf),
            ("incidents", string.Join(',', d.Incidents.Select(i => i.Id).Order(StringComparer.Ordinal)))]),
        Playbook p => Cells(("disarm_id", p.Id), ("object_id", p.CounterId), ("name", p.Name), ("summary", p.Summary)),
        IncidentTechnique m => Cells(
            ("disarm_id", m.Id), ("name", m.Description), ("incident_id", m.IncidentId),
            ("technique_ids", string.Join(',', m.Techniques.Select(t => t.Id).Order(StringComparer.Ordinal))), ("DISARM Version", m.DisarmVersion)),
        AssociatedTechnique a => Cells(("disarm_id", a.Id), ("description", a.Description), ("technique_id", a.TechniqueId), ("associated_technique_id", a.AssociatedTechniqueId)),
        _ => throw new ArgumentOutOfRangeException(nameof(entity), entity.GetType().Name, "Not an object with a workbook row."),
    };

    /// <summary>The sheet a DISARM object's row belongs to, or null for other objects.</summary>
    public static string? SheetOf(object entity) => entity switch
    {
        Technique => "techniques",
        Tactic => "tactics",
        Phase => "phases",
        DisarmTask => "tasks",
        Metatechnique => "metatechniques",
        ResponseType => "responsetypes",
        Resource => "resources",
        Sector => "sectors",
        Framework => "frameworks",
        ActorType => "actortypes",
        Incident => "incidents",
        Counter => "countermeasures",
        Detection => "detections",
        Playbook => "playbooks",
        IncidentTechnique => "incidenttechniques",
        AssociatedTechnique => "associatedtechniques",
        Reference => "urls",
        _ => null,
    };

    /// <summary>The cells counters and detections share, written as DISARM writes them ("M004 - Friction").</summary>
    private static async Task<List<(string, string?)>> CounterCellsAsync(
        string id, string name, string? summary, string? metatechniqueId, string? tacticId, string? responseTypeId,
        string? howFound, string? references, string? notes, IEnumerable<Technique> techniques, IEnumerable<ActorType> actorTypes, IEnumerable<Resource> resources,
        Func<string, string, Task<string?>> nameOf)
    {
        var metatechnique = metatechniqueId is null ? null : await nameOf("metatechniques", metatechniqueId);
        var tactic = tacticId is null ? null : await nameOf("tactics", tacticId);
        return
        [
            ("disarm_id", id), ("name", name), ("summary", summary),
            ("metatechnique", metatechnique is null ? null : $"{metatechniqueId} - {metatechnique}"),
            ("tactic", tactic is null ? null : $"{tacticId} {tactic}"),
            ("responsetype", responseTypeId),
            ("how_found", howFound), ("references", references), ("notes", notes),
            ("techniques", string.Join('\n', techniques.OrderBy(t => t.Id, StringComparer.Ordinal).Select(t => $"{t.Id} - {t.Name}"))),
            ("actortypes", string.Join(',', actorTypes.OrderBy(a => a.Id, StringComparer.Ordinal).Select(a => $"{a.Id} - {a.Name}"))),
            ("resources_needed", string.Join(',', resources.OrderBy(r => r.Id, StringComparer.Ordinal).Select(r => $"{r.Id} - {r.Name}"))),
        ];
    }

    private static Dictionary<string, string> Cells(params (string Column, string? Value)[] cells) =>
        cells.ToDictionary(cell => cell.Column, cell => cell.Value ?? "", StringComparer.Ordinal);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
