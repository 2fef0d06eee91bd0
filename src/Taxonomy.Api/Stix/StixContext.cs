using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Taxonomy.Infrastructure.Stix;

namespace Taxonomy.Api.Stix;

/// <summary>
/// What turning versions into STIX needs besides the versions themselves: the ids DISARM's bundle
/// gave, each tactic's short name (a technique's kill-chain phase), and which techniques and
/// incidents exist, so that no relationship points outside what is served.
/// </summary>
public sealed class StixContext
{
    /// <summary>
    /// Computed ids kept, at most: a SHA-1 per id is a large part of turning a version into STIX,
    /// and a context is shared by every TAXII read of one data version, so a page read again, or
    /// a technique referred to by many relationships, costs it once. Past this the rest are
    /// computed each time, so that a bundle of a large database does not keep them all.
    /// </summary>
    private const int ComputedIdsKept = 50_000;

    private readonly Dictionary<string, RecordedStixId> _recorded;
    private readonly ConcurrentDictionary<(string Type, string Name), string> _computed = new();
    private int _computedCount;

    private StixContext(Dictionary<string, RecordedStixId> recorded, IReadOnlyList<StixTactic> tactics, HashSet<string> techniques, HashSet<string> incidents, DateTime firstChange, Uri pages)
    {
        _recorded = recorded;
        Tactics = tactics;
        ShortNames = tactics.ToDictionary(t => t.Id, t => t.ShortName, StringComparer.Ordinal);
        Techniques = techniques;
        Incidents = incidents;
        FirstChange = firstChange;
        PagesBaseUrl = pages;
        IdentityId = IdOf("identity", "identity");
        MarkingId = IdOf("marking-definition", "marking");
    }

    /// <summary>The tactics in DISARM's order (phase, then rank), as the matrix lists them.</summary>
    public IReadOnlyList<StixTactic> Tactics { get; }

    public IReadOnlyDictionary<string, string> ShortNames { get; }

    public HashSet<string> Techniques { get; }

    public HashSet<string> Incidents { get; }

    /// <summary>When the first version was kept: the time of the identity and marking where DISARM's bundle gave none.</summary>
    public DateTime FirstChange { get; }

    public Uri PagesBaseUrl { get; }

    public string IdentityId { get; }

    public string MarkingId { get; }

    public static async Task<StixContext> LoadAsync(TaxonomyDbContext db, Uri pagesBaseUrl, CancellationToken cancellationToken)
    {
        var recorded = await db.StixIds.AsNoTracking().ToDictionaryAsync(r => r.Name, StringComparer.Ordinal, cancellationToken);
        var tactics = await db.Tactics.AsNoTracking()
            .OrderBy(t => db.Phases.Where(p => p.Id == t.PhaseId).Select(p => p.Rank).FirstOrDefault()).ThenBy(t => t.Rank).ThenBy(t => t.Id)
            .Select(t => new { t.Id, t.Name })
            .ToListAsync(cancellationToken);
        var techniques = (await db.Techniques.AsNoTracking().Select(t => t.Id).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var incidents = (await db.Incidents.AsNoTracking().Select(i => i.Id).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var firstChange = await db.Versions.AsNoTracking().OrderBy(v => v.Id).Select(v => (DateTime?)v.Modified).FirstOrDefaultAsync(cancellationToken) ?? DateTime.UnixEpoch;
        return new StixContext(recorded, [.. tactics.Select(t => new StixTactic(t.Id, ShortNameOf(t.Name)))], techniques, incidents, firstChange, pagesBaseUrl);
    }

    /// <summary>The id DISARM's bundle gave the named object, or else its UUIDv5.</summary>
    public string IdOf(string stixType, string name)
    {
        if (_recorded.TryGetValue(name, out var recorded))
        {
            return recorded.StixId;
        }

        if (_computed.TryGetValue((stixType, name), out var computed))
        {
            return computed;
        }

        computed = StixIds.Computed(stixType, name);
        if (Volatile.Read(ref _computedCount) < ComputedIdsKept && _computed.TryAdd((stixType, name), computed))
        {
            Interlocked.Increment(ref _computedCount);
        }

        return computed;
    }

    /// <summary>DISARM's own object of this name (identity, marking, matrix) as its bundle has it, if the import recorded it.</summary>
    public JsonObject? RecordedObject(string name) =>
        _recorded.TryGetValue(name, out var recorded) && recorded.StixObject is { } json ? JsonNode.Parse(json)!.AsObject() : null;

    /// <summary>A tactic's short name as DISARM's bundle spells it: "Plan Strategy" is plan-strategy.</summary>
    public static string ShortNameOf(string tacticName) => tacticName.Trim().ToLowerInvariant().Replace(' ', '-');
}

/// <param name="Id">The tactic's DISARM id.</param>
/// <param name="ShortName">Its kill-chain phase name.</param>
public sealed record StixTactic(string Id, string ShortName);
