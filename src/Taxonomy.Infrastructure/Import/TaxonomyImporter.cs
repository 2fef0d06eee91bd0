using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.Options;
using Taxonomy.Domain;
using Taxonomy.Infrastructure.Persistence;
using Taxonomy.Infrastructure.Catalog;
using Taxonomy.Infrastructure.History;
using Taxonomy.Infrastructure.Releases;
using Taxonomy.Infrastructure.Stix;

namespace Taxonomy.Infrastructure.Import;

/// <summary>
/// Reads both workbooks completely before touching the database, then writes the release in one
/// transaction: stored objects are updated through the same domain methods the API uses, new ones
/// added, and the ones the release lacks kept with <see cref="DisarmObject.InLatestImport"/> off.
/// </summary>
internal sealed class TaxonomyImporter(TaxonomyDbContext db, TimeProvider time, IOptions<ImportLimits> limits) : ITaxonomyImporter
{
    private readonly List<Func<ImportedTypeCount>> _counts = [];

    public async Task<ImportReport> ImportAsync(WorkbookSource frameworks, WorkbookSource data, WorkbookSource? stixBundle = null, string? label = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(frameworks);
        ArgumentNullException.ThrowIfNull(data);
        if (label is not null && !ReleaseLabels.IsValid(label))
        {
            throw new ArgumentException($"'{label}' is not a release label: use {ReleaseLabels.Rule}.", nameof(label));
        }

        var clock = Stopwatch.StartNew();

        // Checked again under the transaction's lock below; here so that a taken label costs no reading.
        if (label is not null && await db.Imports.Where(i => i.Release == label).Select(i => (int?)i.Id).FirstOrDefaultAsync(cancellationToken) is { } taken)
        {
            throw new ReleaseLabelTakenException(label, taken);
        }

        // The workbooks' missing and unknown sheets and columns are reported first, so that the
        // limit on listed issues never hides them behind rows' issues.
        var found = new ImportIssues(limits.Value.MaxReportedIssues);
        var frameworkSheets = WorkbookReader.Read(await SeekableAsync(frameworks, cancellationToken), TypesOf(Workbook.Frameworks), limits.Value, found);
        var dataSheets = WorkbookReader.Read(await SeekableAsync(data, cancellationToken), TypesOf(Workbook.Data), limits.Value, found);
        var release = ReleaseParser.Parse(frameworkSheets, dataSheets, found);
        var issues = found.ToList();
        var bundleIds = stixBundle is null ? [] : await DisarmBundle.ReadAsync(stixBundle, limits.Value.MaxWorkbookUncompressedBytes, cancellationToken);

        // Taken before the stored objects are read, so that a concurrent import or API write cannot
        // slip in between reading and writing.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var labels = (await db.Imports.Select(i => new { i.Release, i.Id }).ToListAsync(cancellationToken)).ToDictionary(i => i.Release, i => i.Id, StringComparer.OrdinalIgnoreCase);
        if (label is not null && labels.TryGetValue(label, out var holder))
        {
            throw new ReleaseLabelTakenException(label, holder);
        }

        var record = new ImportRecord(now, label ?? ReleaseLabels.ByDate(now, labels.ContainsKey));
        db.Imports.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        db.Changes.Author = $"import #{record.Id}";
        db.Changes.Kind = ChangeKind.Imported;
        var stixIds = await NewStixIdsAsync(bundleIds, release, cancellationToken);
        db.StixIds.AddRange(stixIds);
        await WriteAsync(release, cancellationToken);
        var sheets = frameworkSheets.Values.Concat(dataSheets.Values);
        db.ImportedRows.AddRange(sheets.SelectMany(sheet => ImportedRows.From(record, sheet, DisarmTypes.InSheet(sheet.Name))));
        db.ChangeTracker.DetectChanges();
        var types = _counts.Select(count => count()).ToList();
        await db.SaveChangesAsync(cancellationToken);

        var report = new ImportReport(record.Id, record.Release, record.ImportedAt, clock.ElapsedMilliseconds, [frameworks.Name, data.Name], types, issues, db.Changes.OverwrittenEdits.ToList(), stixIds.Count);
        record.Complete(report, await db.Versions.MaxAsync(v => (long?)v.Id, cancellationToken) ?? 0);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return report;
    }

    /// <summary>
    /// The ids of DISARM's bundle that objects take: an object takes its id only if it has never
    /// had a version (so no STIX id of it was ever given out), and the identity, marking and matrix
    /// only when no tactic has, so that a STIX id once given never changes.
    /// </summary>
    private async Task<List<RecordedStixId>> NewStixIdsAsync(IReadOnlyList<RecordedStixId> bundleIds, DisarmRelease release, CancellationToken cancellationToken)
    {
        if (bundleIds.Count == 0)
        {
            return [];
        }

        var versioned = (await db.Versions.Where(v => v.Type == DisarmTypes.Tactics.Resource || v.Type == DisarmTypes.Techniques.Resource).Select(v => v.ObjectId).Distinct().ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);
        var released = release.Tactics.Select(t => t.Id).Concat(release.Techniques.Select(t => t.Id)).ToHashSet(StringComparer.Ordinal);
        var recorded = await db.StixIds.Select(r => new { r.Name, r.StixId }).ToListAsync(cancellationToken);
        var takenNames = recorded.Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
        var takenIds = recorded.Select(r => r.StixId).ToHashSet(StringComparer.Ordinal);
        var firstFramework = !await db.Versions.AnyAsync(v => v.Type == DisarmTypes.Tactics.Resource, cancellationToken);
        return
        [
            .. bundleIds.Where(id => !takenNames.Contains(id.Name) && !takenIds.Contains(id.StixId) && (id.Name switch
            {
                "identity" or "marking" or "matrix" => firstFramework,
                _ => id.Name.Split(' ')[0] is var owner && released.Contains(owner) && !versioned.Contains(owner),
            })),
        ];
    }

    private async Task WriteAsync(DisarmRelease release, CancellationToken cancellationToken)
    {
        var frameworks = Merge(DisarmTypes.Frameworks, await db.Frameworks.ToListAsync(cancellationToken), release.Frameworks,
            (stored, f) => stored.Update(f.Name, f.Summary));
        Merge(DisarmTypes.Phases, await db.Phases.ToListAsync(cancellationToken), release.Phases,
            (stored, p) => stored.Update(p.Name, p.Rank, p.Summary));
        Merge(DisarmTypes.Tactics, await db.Tactics.ToListAsync(cancellationToken), release.Tactics,
            (stored, t) => stored.Update(t.Name, t.PhaseId, t.Rank, t.Summary));

        // Every stored technique is tracked, so a technique's sub-techniques are loaded when its
        // update moves them to its new tactic.
        var techniques = Merge(DisarmTypes.Techniques, await db.Techniques.ToListAsync(cancellationToken), release.Techniques,
            (stored, t) => stored.Update(t.Name, t.IsSubtechnique ? null : t.TacticId, t.Summary));
        Merge(DisarmTypes.Tasks, await db.Tasks.ToListAsync(cancellationToken), release.Tasks,
            (stored, t) => stored.Update(t.Name, t.TacticId, t.FrameworkId, t.Summary));
        Merge(DisarmTypes.Metatechniques, await db.Metatechniques.ToListAsync(cancellationToken), release.Metatechniques,
            (stored, m) => stored.Update(m.Name, m.Summary));
        Merge(DisarmTypes.ResponseTypes, await db.ResponseTypes.ToListAsync(cancellationToken), release.ResponseTypes,
            (stored, r) => stored.Update(r.Name, r.Summary));
        var resources = Merge(DisarmTypes.Resources, await db.Resources.ToListAsync(cancellationToken), release.Resources,
            (stored, r) => stored.Update(r.Name, r.Summary, r.ResourceType));
        var sectors = Merge(DisarmTypes.Sectors, await db.Sectors.ToListAsync(cancellationToken), release.Sectors,
            (stored, s) => stored.Update(s.Name, s.Summary));

        var actorTypeLinks = release.ActorTypes.ToDictionary(a => a.ActorType.Id);
        var actorTypes = Merge(
            DisarmTypes.ActorTypes,
            await db.ActorTypes.Include(a => a.Sectors).Include(a => a.Frameworks).AsSplitQuery().ToListAsync(cancellationToken),
            release.ActorTypes.Select(a => a.ActorType),
            (stored, a) => stored.Update(a.Name, a.Summary));
        foreach (var (id, actorType) in actorTypes)
        {
            actorType.SetSectors(actorTypeLinks[id].SectorIds.Select(sectorId => sectors[sectorId]));
            actorType.SetFrameworks(actorTypeLinks[id].FrameworkIds.Select(frameworkId => frameworks[frameworkId]));
        }

        var incidents = Merge(DisarmTypes.Incidents, await db.Incidents.ToListAsync(cancellationToken), release.Incidents,
            (stored, i) => stored.Update(new IncidentDetails(i.Name, i.ObjectType, i.Summary, i.YearStarted, i.AttributionsSeen, i.FoundInCountry, i.Urls, i.Notes, i.WhenAdded, i.FoundVia)));
        Merge(DisarmTypes.References, await db.References.ToListAsync(cancellationToken), release.References,
            (stored, r) => stored.Update(r.PublishedOn, r.PublishedOnText, r.Authors, r.Organisation, r.ArchiveUrl));

        var counterLinks = release.Counters.ToDictionary(c => c.Counter.Id, c => c.Links);
        var counters = Merge(
            DisarmTypes.Counters,
            await db.Counters.Include(c => c.Techniques).Include(c => c.ActorTypes).Include(c => c.Resources).Include(c => c.Incidents).AsSplitQuery().ToListAsync(cancellationToken),
            release.Counters.Select(c => c.Counter),
            (stored, c) => stored.Update(new CounterDetails(c.Name, c.Summary, c.MetatechniqueId, c.TacticId, c.ResponseTypeId, c.HowFound, c.References, c.Notes), c.Tags));
        foreach (var (id, counter) in counters)
        {
            Link(counterLinks[id], counter.SetTechniques, counter.SetActorTypes, counter.SetResources, counter.SetIncidents);
        }

        var detectionLinks = release.Detections.ToDictionary(d => d.Detection.Id, d => d.Links);
        var detections = Merge(
            DisarmTypes.Detections,
            await db.Detections.Include(d => d.Techniques).Include(d => d.ActorTypes).Include(d => d.Resources).Include(d => d.Incidents).AsSplitQuery().ToListAsync(cancellationToken),
            release.Detections.Select(d => d.Detection),
            (stored, d) => stored.Update(new CounterDetails(d.Name, d.Summary, d.MetatechniqueId, d.TacticId, d.ResponseTypeId, d.HowFound, d.References, d.Notes)));
        foreach (var (id, detection) in detections)
        {
            Link(detectionLinks[id], detection.SetTechniques, detection.SetActorTypes, detection.SetResources, detection.SetIncidents);
        }

        Merge(DisarmTypes.Playbooks, await db.Playbooks.ToListAsync(cancellationToken), release.Playbooks,
            (stored, p) => stored.Update(p.CounterId, p.Name, p.Summary));

        var mappingLinks = release.IncidentTechniques.ToDictionary(m => m.Mapping.Id, m => m.TechniqueIds);
        var mappings = Merge(
            DisarmTypes.IncidentTechniques,
            await db.IncidentTechniques.Include(m => m.Techniques).ToListAsync(cancellationToken),
            release.IncidentTechniques.Select(m => m.Mapping),
            (stored, m) => stored.Update(m.IncidentId, m.Description, m.DisarmVersion));
        foreach (var (id, mapping) in mappings)
        {
            mapping.SetTechniques(mappingLinks[id].Select(t => techniques[t]).ToList());
        }

        Merge(DisarmTypes.AssociatedTechniques, await db.AssociatedTechniques.ToListAsync(cancellationToken), release.AssociatedTechniques,
            (stored, a) => stored.Update(a.TechniqueId, a.AssociatedTechniqueId, a.Description));

        // Counters and detections come from sheets of one shape and link to the same four types.
        void Link(
            CounterLinkIds links,
            Action<IEnumerable<Technique>> setTechniques,
            Action<IEnumerable<ActorType>> setActorTypes,
            Action<IEnumerable<Resource>> setResources,
            Action<IEnumerable<Incident>> setIncidents)
        {
            setTechniques(links.TechniqueIds.Select(t => techniques[t]));
            setActorTypes(links.ActorTypeIds.Select(a => actorTypes[a]));
            setResources(links.ResourceIds.Select(r => resources[r]));
            setIncidents(links.IncidentIds.Select(i => incidents[i]));
        }
    }

    /// <summary>
    /// Updates each stored object the release has from the release's copy, adds the others, and
    /// marks which stored objects the release holds. Returns the release's objects as tracked
    /// instances, by key, for linking.
    /// </summary>
    private Dictionary<string, T> Merge<T>(DisarmType<T> type, List<T> stored, IEnumerable<T> released, Action<T, T> update)
        where T : DisarmObject
    {
        var storedByKey = stored.ToDictionary(type.KeyOf, StringComparer.Ordinal);
        var merged = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in released)
        {
            var itemKey = type.KeyOf(item);
            if (storedByKey.TryGetValue(itemKey, out var existing))
            {
                update(existing, item);
                merged.Add(itemKey, existing);
            }
            else
            {
                db.Add(item);
                merged.Add(itemKey, item);
            }

            merged[itemKey].MarkImport(true);
        }

        var notInRelease = storedByKey.Where(pair => !merged.ContainsKey(pair.Key)).Select(pair => pair.Value).ToList();
        foreach (var item in notInRelease)
        {
            item.MarkImport(false);
        }

        _counts.Add(() =>
        {
            var states = merged.Values.Select(db.Entry).ToList();
            var created = states.Count(entry => entry.State == EntityState.Added);
            var updated = states.Count(entry => entry.State == EntityState.Modified
                || (entry.State == EntityState.Unchanged && entry.Collections.Any(links => links.Metadata is ISkipNavigation && links.IsModified)));
            return new ImportedTypeCount(type.Resource, merged.Count, created, updated, merged.Count - created - updated, notInRelease.Count, notInRelease.Select(type.KeyOf).Order(StringComparer.Ordinal).ToList());
        });
        return merged;
    }

    /// <summary>The types imported from one workbook.</summary>
    private static List<DisarmType> TypesOf(Workbook workbook) => DisarmTypes.All.Where(type => type.Workbook == workbook).ToList();

    /// <summary>The .xlsx reader needs to seek; an upload or a download may not allow it.</summary>
    private static async Task<WorkbookSource> SeekableAsync(WorkbookSource source, CancellationToken cancellationToken)
    {
        if (source.Content.CanSeek)
        {
            return source;
        }

        var buffer = new MemoryStream();
        await source.Content.CopyToAsync(buffer, cancellationToken);
        buffer.Position = 0;
        return source with { Content = buffer };
    }
}
