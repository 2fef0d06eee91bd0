using Taxonomy.Api.Stix;

namespace Taxonomy.Api.Taxii;

/// <summary>
/// The collection of the current framework, read a page at a time. It holds the objects of the
/// STIX bundle (GET /api/v1/stix/bundle) with their versions: every version of a DISARM object that
/// shows it (not its deletion) is a version of each STIX object made from it, the relationships it
/// owns included, added when the API kept it. Objects no longer in the bundle (a deleted object, a
/// relationship its owner dropped) are no longer in the collection. Old versions are rendered from
/// their snapshots with the current context (recorded ids, which techniques exist).
/// </summary>
public sealed class TaxiiFeed(StixFeed feed, TaxonomyDbContext db, DatabaseScope database, TaxiiGraphs graphs, TaxiiIdIndexes indexes)
{
    /// <summary>Versions a page may examine before it answers with what it found and more: a filter that matches few objects costs at most this much per page.</summary>
    private const int ExaminedPerLimit = 20;

    private readonly Dictionary<(string Resource, string ObjectId), IReadOnlyList<TaxiiItem>?> _histories = [];

    /// <summary>A page of the collection's objects, in the order they were added.</summary>
    public async Task<TaxiiPage> ObjectsAsync(TaxiiFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var graph = await graphs.OfAsync(database);
        if (filter.Ids is { } ids)
        {
            var matching = new List<TaxiiItem>();
            foreach (var id in ids)
            {
                matching.AddRange(await VersionsOfAsync(id, filter, graph, cancellationToken) ?? []);
            }

            return TaxiiPage.Of([.. matching.Where(item => filter.After is not { } after || item.At > after).OrderBy(item => item.At)], filter.Limit);
        }

        return await ScanAsync(filter, graph, cancellationToken);
    }

    /// <summary>A page of the versions of one object that the filter selects, or null when the collection does not hold the object.</summary>
    public async Task<TaxiiPage?> ObjectAsync(string stixId, TaxiiFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var graph = await graphs.OfAsync(database);
        return await VersionsOfAsync(stixId, filter, graph, cancellationToken) is { } versions
            ? TaxiiPage.Of([.. versions.Where(item => filter.After is not { } after || item.At > after)], filter.Limit)
            : null;
    }

    /// <summary>
    /// Walks the versions from the page's start in commit order, reading the next versions through
    /// the primary key (all types) or each resource's through the (Type, Id) index (match[type]),
    /// and rendering only those the page can hold, until it has one object more than the limit or
    /// has examined <see cref="ExaminedPerLimit"/> limits' worth.
    /// </summary>
    private async Task<TaxiiPage> ScanAsync(TaxiiFilter filter, TaxiiGraph graph, CancellationToken cancellationToken)
    {
        // Every resource at once through the primary key, or those that make the types asked for.
        IReadOnlyList<string?> sources = filter.Types is null
            ? [null]
            : [.. StixMapping.TypesOf.Where(pair => pair.Value.Length > 0 && pair.Value.Any(filter.Types.Contains)).Select(pair => pair.Key)];
        var everyVersion = !filter.Versions.OnlyLast;
        var from = Math.Max(filter.After?.Position ?? 0, await FirstAddedAfterAsync(filter.AddedAfter, cancellationToken));
        var batch = filter.Limit + 1;
        var matching = new List<TaxiiItem>();
        var examined = 0;
        while (true)
        {
            List<StixVersion> versions;
            var bound = long.MaxValue;
            if (sources.Count == 1)
            {
                // One source's next versions are the page's: read in one query.
                versions = await feed.PageAsync(sources[0], from, everyVersion, batch, cancellationToken);
                if (versions.Count == batch)
                {
                    bound = versions[^1].Position;
                }
            }
            else
            {
                var positions = new List<long>();
                foreach (var resource in sources)
                {
                    var found = await feed.PositionsAsync(resource, from, everyVersion, batch, cancellationToken);
                    positions.AddRange(found);
                    if (found.Count == batch)
                    {
                        bound = Math.Min(bound, found[^1]);
                    }
                }

                // Every version up to the bound is known; of those, the page needs at most one per object it holds.
                var chosen = positions.Where(position => position <= bound).Order().Take(batch).ToList();
                if (chosen.Count == batch)
                {
                    bound = chosen[^1];
                }

                versions = chosen.Count == 0 ? [] : await feed.AtAsync(chosen, cancellationToken);
            }

            // Both in collection order already: merged as they are enumerated, so that a page turns
            // into STIX only the versions it holds, not every version it read (a counter's version
            // holds its relationships too, so a page of 100 objects may need a fifth of them).
            var items = InOrder(versions.SelectMany(version => Items(version, graph)), graph.Framework.Where(item => item.At.Position >= from && item.At.Position <= bound))
                .Where(item => filter.After is not { } after || item.At > after);
            foreach (var item in items)
            {
                if (filter.Matches(item) && await SelectedAsync(item, filter.Versions, graph, cancellationToken))
                {
                    matching.Add(item);
                    if (matching.Count > filter.Limit)
                    {
                        return TaxiiPage.Of(matching, filter.Limit);
                    }
                }
            }

            examined += versions.Count;
            if (bound == long.MaxValue)
            {
                return new TaxiiPage(matching, false, null);
            }

            if (examined >= ExaminedPerLimit * filter.Limit)
            {
                return new TaxiiPage(matching, true, new TaxiiCursor(bound, int.MaxValue));
            }

            from = bound + 1;
        }
    }

    /// <summary>Whether a version is one match[version] asks for; for anything but the latest, this reads the history of the object it is made from.</summary>
    private async Task<bool> SelectedAsync(TaxiiItem item, TaxiiVersionMatch match, TaxiiGraph graph, CancellationToken cancellationToken)
    {
        if (match.OnlyLast || item.Owner is not { } owner)
        {
            return match.OnlyLast || match.Selects(item, [item]);
        }

        var versions = (await HistoryAsync(owner, graph, cancellationToken) ?? []).Where(version => version.Id == item.Id).ToList();
        return versions.Count > 0 && match.Selects(item, versions);
    }

    /// <summary>The versions of one STIX object that the filter selects, oldest first; null when the collection does not hold the object.</summary>
    private async Task<List<TaxiiItem>?> VersionsOfAsync(string stixId, TaxiiFilter filter, TaxiiGraph graph, CancellationToken cancellationToken)
    {
        List<TaxiiItem> versions;
        if (graph.Framework.FirstOrDefault(item => item.Id == stixId) is { } framework)
        {
            versions = [framework];
        }
        else if (await indexes.Of(database).FindAsync(stixId, feed, graph.Context, cancellationToken) is { } position
            && await db.Versions.AsNoTracking().Where(v => v.Id == position).Select(v => new { v.Type, v.ObjectId }).FirstOrDefaultAsync(cancellationToken) is { } owner)
        {
            versions = [.. (await HistoryAsync((owner.Type, owner.ObjectId), graph, cancellationToken) ?? []).Where(item => item.Id == stixId)];
        }
        else
        {
            return null;
        }

        return versions.Count == 0 ? null : [.. versions.Where(item => filter.Matches(item) && filter.Versions.Selects(item, versions))];
    }

    /// <summary>
    /// Every version of every STIX object made from one DISARM object, oldest first, keeping only
    /// the objects its latest version still shows; null when the DISARM object is deleted.
    /// </summary>
    private async Task<IReadOnlyList<TaxiiItem>?> HistoryAsync((string Resource, string ObjectId) owner, TaxiiGraph graph, CancellationToken cancellationToken)
    {
        if (_histories.TryGetValue(owner, out var known))
        {
            return known;
        }

        IReadOnlyList<TaxiiItem>? history = null;
        if (await feed.CurrentAsync(owner.Resource, owner.ObjectId, cancellationToken) is { } current)
        {
            var items = (await feed.VersionsAsync(owner.Resource, owner.ObjectId, cancellationToken)).Where(v => v.Position <= current.Position).SelectMany(v => Items(v, graph)).ToList();
            var shownNow = items.Where(item => item.At.Position == current.Position).Select(item => item.Id).ToHashSet(StringComparer.Ordinal);
            history = [.. items.Where(item => shownNow.Contains(item.Id))];
        }

        _histories[owner] = history;
        return history;
    }

    /// <summary>Two sequences, each in collection order, as one in collection order, read as it is enumerated.</summary>
    private static IEnumerable<TaxiiItem> InOrder(IEnumerable<TaxiiItem> first, IEnumerable<TaxiiItem> second)
    {
        using var left = first.GetEnumerator();
        using var right = second.GetEnumerator();
        var hasLeft = left.MoveNext();
        var hasRight = right.MoveNext();
        while (hasLeft || hasRight)
        {
            if (hasLeft && (!hasRight || left.Current.At <= right.Current.At))
            {
                yield return left.Current;
                hasLeft = left.MoveNext();
            }
            else
            {
                yield return right.Current;
                hasRight = right.MoveNext();
            }
        }
    }

    private static IEnumerable<TaxiiItem> Items(StixVersion version, TaxiiGraph graph) =>
        StixMapping.Objects(version, graph.Context).Select((stixObject, i) => new TaxiiItem(new TaxiiCursor(version.Position, i), version.Modified, stixObject, (version.Resource, version.ObjectId)));

    /// <summary>
    /// The position of the first version kept after the time, through the Modified index: versions
    /// are kept one write at a time, so their times grow with their positions and every version
    /// after the time is at or after it. Filters still compare each object's time.
    /// </summary>
    private async Task<long> FirstAddedAfterAsync(DateTime? time, CancellationToken cancellationToken) =>
        time is not { } after
            ? 0
            : await db.Versions.AsNoTracking().Where(v => v.Modified > after).OrderBy(v => v.Modified).ThenBy(v => v.Id).Select(v => (long?)v.Id).FirstOrDefaultAsync(cancellationToken) ?? long.MaxValue;
}
