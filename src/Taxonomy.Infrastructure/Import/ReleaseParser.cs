using Taxonomy.Domain;
using Taxonomy.Infrastructure.Catalog;

namespace Taxonomy.Infrastructure.Import;

/// <summary>
/// Turns the sheets of DISARM's two workbooks into a <see cref="DisarmRelease"/>. Every object is
/// built through the domain, so the same rules hold as for the API; a row the domain refuses, a
/// repeated id or a link to an object the release lacks is reported and the rest is kept.
/// Links are resolved within the release only, so that what an import stores depends on the
/// workbooks alone, not on what the database held before.
/// </summary>
internal sealed class ReleaseParser
{
    private readonly ImportIssues _issues;
    private readonly DisarmRelease _release = new();

    private ReleaseParser(ImportIssues issues)
    {
        _issues = issues;
    }

    /// <summary>The release the sheets hold, adding what is wrong with their rows to <paramref name="issues"/>.</summary>
    public static DisarmRelease Parse(IReadOnlyDictionary<string, Sheet> frameworks, IReadOnlyDictionary<string, Sheet> data, ImportIssues issues)
    {
        var parser = new ReleaseParser(issues);
        parser.ReadFrameworks(frameworks);
        parser.ReadData(data);
        parser.ReadLinkedObjects(frameworks, data);
        return parser._release;
    }

    private void ReadFrameworks(IReadOnlyDictionary<string, Sheet> sheets)
    {
        _release.Frameworks.AddRange(ReadObjects(sheets, DisarmTypes.Frameworks, (row, id) =>
            new Framework(id, row.Text("name") ?? "", row.Text("summary"))));
        _release.Phases.AddRange(ReadObjects(sheets, DisarmTypes.Phases, (row, id) =>
            row.WholeNumber("rank") is { } rank ? new Phase(id, row.Text("name") ?? "", rank, row.Text("summary")) : MissingRank<Phase>(row)));

        var phases = IdsOf(_release.Phases, p => p.Id);
        _release.Tactics.AddRange(ReadObjects(sheets, DisarmTypes.Tactics, (row, id) =>
        {
            var phaseId = Existing(row, "phase_id", row.RequiredId("phase_id", DisarmIds.Phase), phases, "Row skipped.");
            if (phaseId is null)
            {
                return null;
            }

            return row.WholeNumber("rank") is { } rank ? new Tactic(id, row.Text("name") ?? "", phaseId, rank, row.Text("summary")) : MissingRank<Tactic>(row);
        }));

        ReadTechniques(sheets);

        var tactics = IdsOf(_release.Tactics, t => t.Id);
        _release.Metatechniques.AddRange(ReadObjects(sheets, DisarmTypes.Metatechniques, (row, id) =>
            new Metatechnique(id, row.Text("name") ?? "", row.Text("summary"))));
        _release.ResponseTypes.AddRange(ReadObjects(sheets, DisarmTypes.ResponseTypes, (row, id) =>
            new ResponseType(id, row.Text("name") ?? "", row.Text("summary"))));
        _release.Resources.AddRange(ReadObjects(sheets, DisarmTypes.Resources, (row, id) =>
            new Resource(id, row.Text("name") ?? "", row.Text("summary"), row.Text("resource_type"))));
        _release.Sectors.AddRange(ReadObjects(sheets, DisarmTypes.Sectors, (row, id) =>
            new Sector(id, row.Text("name") ?? "", row.Text("summary"))));

        var frameworks = IdsOf(_release.Frameworks, f => f.Id);
        _release.Tasks.AddRange(ReadObjects(sheets, DisarmTypes.Tasks, (row, id) =>
            new DisarmTask(
                id,
                row.Text("name") ?? "",
                Existing(row, "tactic_id", OptionalId(row, "tactic_id", DisarmIds.Tactic), tactics, "Task kept without a tactic."),
                Existing(row, "framework_id", OptionalId(row, "framework_id", DisarmIds.Framework), frameworks, "Task kept without a framework."),
                row.Text("summary"))));

        var sectors = IdsOf(_release.Sectors, s => s.Id);
        _release.ActorTypes.AddRange(ReadObjects(sheets, DisarmTypes.ActorTypes, (row, id) =>
            new LinkedActorType(
                new ActorType(id, row.Text("name") ?? "", row.Text("summary")),
                Existing(row, "sector_ids", row.IdList("sector_ids", DisarmIds.Sector), sectors),
                Existing(row, "framework_ids", row.IdList("framework_ids", DisarmIds.Framework), frameworks))));
    }

    /// <summary>Techniques first, then sub-techniques, which need their parent and sit in its tactic.</summary>
    private void ReadTechniques(IReadOnlyDictionary<string, Sheet> sheets)
    {
        var rows = ReadObjects(sheets, DisarmTypes.Techniques, (row, id) => new TechniqueRow(row, id));
        var tactics = IdsOf(_release.Tactics, t => t.Id);
        var techniques = new Dictionary<string, Technique>(StringComparer.Ordinal);
        foreach (var (row, id) in rows.OrderBy(r => DisarmIds.ParentOf(r.Id) is not null))
        {
            var parentId = DisarmIds.ParentOf(id);
            var tacticId = parentId is null
                ? Existing(row, "tactic_id", row.RequiredId("tactic_id", DisarmIds.Tactic), tactics, "Row skipped.")
                : OptionalId(row, "tactic_id", DisarmIds.Tactic);
            Technique? parent = null;
            if (parentId is null && tacticId is null)
            {
                continue;
            }

            if (parentId is not null)
            {
                if (!techniques.TryGetValue(parentId, out parent))
                {
                    row.Report("dangling-reference", "disarm_id", $"The parent technique {parentId} is not in this release.", "Row skipped.");
                    continue;
                }

                if (tacticId is not null && tacticId != parent.TacticId)
                {
                    row.Report("invalid-row", "tactic_id", $"A sub-technique sits in its parent's tactic, {parent.TacticId}, not {tacticId}.", $"Placed in {parent.TacticId}.");
                }

                tacticId = null;
            }

            var technique = Attempt(row, () => Technique.Create(id, row.Text("name") ?? "", tacticId, row.Text("summary"), parent));
            if (technique is not null)
            {
                techniques.Add(id, technique);
                _release.Techniques.Add(technique);
            }
        }
    }

    private void ReadData(IReadOnlyDictionary<string, Sheet> sheets)
    {
        _release.Incidents.AddRange(ReadObjects(sheets, DisarmTypes.Incidents, (row, id) =>
            new Incident(id, new IncidentDetails(
                row.Text("name") ?? "",
                row.Text("objecttype"),
                row.Text("summary"),
                row.Year("year_started"),
                row.Text("attributions_seen"),
                row.Text("found_in_country"),
                row.Urls("urls"),
                row.Text("notes"),
                row.Date("when_added"),
                row.Text("found_via")))));

        _release.References.AddRange(ReadObjects(sheets[DisarmTypes.References.Sheet], row => row.Text("url_id")?.Trim(), (row, url) =>
        {
            var (date, text) = row.DateOrText("pub_date");
            var archive = row.Text("archive_link")?.Trim();
            if (archive is not null && !WebUrls.IsValid(archive))
            {
                row.Report("unparseable-cell", "archive_link", $"'{archive}' is not an http or https URL.", "Left empty.");
                archive = null;
            }

            return new Reference(url, date, text, row.Text("authors"), row.Text("org"), archive);
        }));
    }

    /// <summary>The sheets whose rows link objects read from both workbooks.</summary>
    private void ReadLinkedObjects(IReadOnlyDictionary<string, Sheet> frameworks, IReadOnlyDictionary<string, Sheet> data)
    {
        var techniques = IdsOf(_release.Techniques, t => t.Id);
        var incidents = IdsOf(_release.Incidents, i => i.Id);
        var metatechniques = IdsOf(_release.Metatechniques, m => m.Id);
        var tactics = IdsOf(_release.Tactics, t => t.Id);
        var responseTypes = IdsOf(_release.ResponseTypes, r => r.Id);
        var actorTypes = IdsOf(_release.ActorTypes, a => a.ActorType.Id);
        var resources = IdsOf(_release.Resources, r => r.Id);

        _release.Counters.AddRange(ReadObjects(frameworks, DisarmTypes.Counters, (row, id) =>
            new LinkedCounter(new Counter(id, CounterDetails(row), row.Text("tags")), CounterLinks(row, "incident_ids"))));
        _release.Detections.AddRange(ReadObjects(frameworks, DisarmTypes.Detections, (row, id) =>
            new LinkedDetection(new Detection(id, CounterDetails(row)), CounterLinks(row, "incidents"))));

        var counters = IdsOf(_release.Counters, c => c.Counter.Id);
        _release.Playbooks.AddRange(ReadObjects(frameworks, DisarmTypes.Playbooks, (row, id) =>
        {
            if (row.Text("object_id") is { } objectId && DisarmIds.Detection.IsValid(DisarmIds.Normalize(objectId)))
            {
                row.Report("unsupported", "object_id", $"The playbook is for detection {DisarmIds.Normalize(objectId)}; the API keeps playbooks of counters only.", "Row skipped.");
                return null;
            }

            return Existing(row, "object_id", row.RequiredId("object_id", DisarmIds.Counter), counters, "Row skipped.") is { } counterId
                ? new Playbook(id, counterId, row.Text("name") ?? "", row.Text("summary"))
                : null;
        }));

        _release.IncidentTechniques.AddRange(ReadObjects(data, DisarmTypes.IncidentTechniques, (row, id) =>
        {
            var incidentId = Existing(row, "incident_id", row.RequiredId("incident_id", DisarmIds.Incident), incidents, "Row skipped.");
            if (incidentId is null)
            {
                return null;
            }

            var techniqueIds = Existing(row, "technique_ids", row.IdList("technique_ids", DisarmIds.Technique), techniques);
            if (techniqueIds.Count == 0)
            {
                row.Report("missing-value", "technique_ids", "The mapping names no technique of this release.", "Row skipped.");
                return null;
            }

            return new LinkedIncidentTechnique(new IncidentTechnique(id, incidentId, row.Text("name"), row.Text("DISARM Version")), techniqueIds);
        }));

        _release.AssociatedTechniques.AddRange(ReadObjects(data, DisarmTypes.AssociatedTechniques, (row, id) =>
        {
            var techniqueId = Existing(row, "technique_id", row.RequiredId("technique_id", DisarmIds.Technique), techniques, "Row skipped.");
            var associatedId = Existing(row, "associated_technique_id", row.RequiredId("associated_technique_id", DisarmIds.Technique), techniques, "Row skipped.");
            return techniqueId is null || associatedId is null ? null : new AssociatedTechnique(id, techniqueId, associatedId, row.Text("description"));
        }));

        CounterDetails CounterDetails(RowReader row) => new(
            row.Text("name") ?? "",
            row.Text("summary"),
            Existing(row, "metatechnique", row.LeadingId("metatechnique", DisarmIds.Metatechnique), metatechniques, "Left empty."),
            Existing(row, "tactic", row.LeadingId("tactic", DisarmIds.Tactic), tactics, "Left empty."),
            Existing(row, "responsetype", row.LeadingId("responsetype", DisarmIds.ResponseType), responseTypes, "Left empty."),
            row.Text("how_found"),
            row.Text("references"),
            row.Text("notes"));

        CounterLinkIds CounterLinks(RowReader row, string incidentColumn) => new(
            Existing(row, "techniques", row.TechniqueIdsIn("techniques"), techniques),
            Existing(row, "actortypes", row.IdList("actortypes", DisarmIds.ActorType), actorTypes),
            Existing(row, "resources_needed", row.IdList("resources_needed", DisarmIds.Resource), resources),
            Existing(row, incidentColumn, row.IdList(incidentColumn, DisarmIds.Incident), incidents));
    }

    /// <summary>
    /// Reads a sheet's rows as objects keyed by a DISARM id in <c>disarm_id</c>. Rows without an
    /// id, repeats of an id and rows the domain refuses are reported and skipped;
    /// <paramref name="create"/> returns null for a row it has reported itself.
    /// </summary>
    private List<T> ReadObjects<T>(IReadOnlyDictionary<string, Sheet> sheets, DisarmType type, Func<RowReader, string, T?> create)
        where T : class
    {
        var format = type.Ids ?? throw new ArgumentException($"{type.Resource} have no DISARM ids.", nameof(type));
        return ReadObjects(sheets[type.Sheet], row => row.OwnId(type.KeyColumn, format), create);
    }

    private List<T> ReadObjects<T>(Sheet sheet, Func<RowReader, string?> readId, Func<RowReader, string, T?> create)
        where T : class
    {
        var idColumn = DisarmTypes.InSheet(sheet.Name).KeyColumn;
        var firstRowOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var objects = new List<T>();
        foreach (var sheetRow in sheet.Rows)
        {
            var row = new RowReader(sheet, sheetRow, _issues);
            var id = readId(row);
            if (id is null)
            {
                continue;
            }

            if (!firstRowOf.TryAdd(id, row.Number))
            {
                row.Report("duplicate-id", idColumn, $"{id} is also on row {firstRowOf[id]}.", $"Row skipped; row {firstRowOf[id]} kept.");
                continue;
            }

            var item = Attempt(row, () => create(row, id));
            if (item is not null)
            {
                objects.Add(item);
            }
        }

        return objects;
    }

    private static T? Attempt<T>(RowReader row, Func<T?> create)
        where T : class
    {
        try
        {
            return create();
        }
        catch (DomainRuleException rule)
        {
            row.Report(rule, "Row skipped.");
            return null;
        }
    }

    private static T? MissingRank<T>(RowReader row)
        where T : class
    {
        row.Report("missing-value", "rank", "The row has no rank, which orders it in the framework.", "Row skipped.");
        return null;
    }

    /// <summary>An optional id column: blank is no id, but a value of the wrong shape stops the import like any malformed id.</summary>
    private static string? OptionalId(RowReader row, string column, DisarmIdFormat format) =>
        row.Text(column) is null ? null : row.RequiredId(column, format);

    private static string? Existing(RowReader row, string column, string? id, HashSet<string> known, string action)
    {
        if (id is null || known.Contains(id))
        {
            return id;
        }

        row.Report("dangling-reference", column, $"{id} is not in this release.", action);
        return null;
    }

    private static List<string> Existing(RowReader row, string column, IReadOnlyList<string> ids, HashSet<string> known)
    {
        foreach (var missing in ids.Where(id => !known.Contains(id)))
        {
            row.Report("dangling-reference", column, $"{missing} is not in this release.", "Link left out.");
        }

        return ids.Where(known.Contains).ToList();
    }

    private static HashSet<string> IdsOf<T>(IEnumerable<T> items, Func<T, string> id) => items.Select(id).ToHashSet(StringComparer.Ordinal);

    private sealed record TechniqueRow(RowReader Row, string Id);
}
