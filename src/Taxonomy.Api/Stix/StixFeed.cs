using Microsoft.Extensions.Options;
using Taxonomy.Infrastructure.History;

namespace Taxonomy.Api.Stix;

/// <summary>
/// Reads the versions STIX is made from. Every STIX object is made from one version of one DISARM
/// object (a relationship from the version of the object that owns it), so an object's STIX
/// created and modified, and the time TAXII says it was added, are those of its versions.
/// </summary>
public sealed class StixFeed(TaxonomyDbContext db, IOptions<StixOptions> options)
{
    public Task<StixContext> ContextAsync(CancellationToken cancellationToken) =>
        StixContext.LoadAsync(db, options.Value.PagesBaseUrl, cancellationToken);

    /// <summary>The latest version of every object of these resources that is not deleted, in commit order.</summary>
    public IAsyncEnumerable<StixVersion> CurrentAsync(IReadOnlyCollection<string> resources) =>
        Latest(db.Versions.AsNoTracking().Where(v => resources.Contains(v.Type))).AsAsyncEnumerable();

    /// <summary>The latest version of one object, or null when it does not exist (never did, or is deleted).</summary>
    public Task<StixVersion?> CurrentAsync(string resource, string objectId, CancellationToken cancellationToken) =>
        Latest(db.Versions.AsNoTracking().Where(v => v.Type == resource && v.ObjectId == objectId)).FirstOrDefaultAsync(cancellationToken);

    /// <summary>Every version of one object that shows it (not its deletion), oldest first.</summary>
    public Task<List<StixVersion>> VersionsAsync(string resource, string objectId, CancellationToken cancellationToken) =>
        Shown(db.Versions.AsNoTracking().Where(v => v.Type == resource && v.ObjectId == objectId && v.Kind != ChangeKind.Deleted)).ToListAsync(cancellationToken);

    /// <summary>
    /// The positions of up to <paramref name="count"/> versions from a position on, in commit
    /// order: the latest of each object that is not deleted or, with <paramref name="everyVersion"/>,
    /// every version that shows an object that is not deleted now. Of one resource, or of every
    /// resource that has STIX objects (not references) when <paramref name="resource"/> is null.
    /// </summary>
    public Task<List<long>> PositionsAsync(string? resource, long position, bool everyVersion, int count, CancellationToken cancellationToken) =>
        PageCandidates(resource, position, everyVersion).OrderBy(v => v.Id).Select(v => v.Id).Take(count).ToListAsync(cancellationToken);

    /// <summary>The versions at the positions <see cref="PositionsAsync"/> gives, read with them in one query.</summary>
    public Task<List<StixVersion>> PageAsync(string? resource, long position, bool everyVersion, int count, CancellationToken cancellationToken) =>
        Shown(PageCandidates(resource, position, everyVersion)).Take(count).ToListAsync(cancellationToken);

    /// <summary>
    /// One resource's through the (Type, Id) index, so that a page costs what it returns; every
    /// resource's through the primary key, cheaper than a query per resource when all are asked
    /// for, since every version but a reference's or a superseded one is returned.
    /// </summary>
    private IQueryable<ObjectVersion> PageCandidates(string? resource, long position, bool everyVersion)
    {
        var candidates = resource is null
            // A constant, not a parameter, so that SQLite can read through the partial index that leaves these versions out.
            ? db.Versions.AsNoTracking().Where(v => v.Id >= position && v.Type != EF.Constant(ObjectVersion.StixlessType))
            : db.Versions.AsNoTracking().Where(v => v.Type == resource && v.Id >= position);
        return everyVersion ? Existing(candidates) : LatestOnly(candidates);
    }

    /// <summary>The versions at these positions, in commit order.</summary>
    public Task<List<StixVersion>> AtAsync(IReadOnlyCollection<long> positions, CancellationToken cancellationToken)
    {
        // One JSON parameter (json_each), not one parameter per position: the SQL is then the same
        // for every page, so EF Core does not generate it again for each count of positions.
        var wanted = positions.ToArray();
        return Shown(db.Versions.AsNoTracking().Where(v => EF.Parameter(wanted).Contains(v.Id))).ToListAsync(cancellationToken);
    }

    /// <summary>Up to <paramref name="count"/> versions after a position that show their object (not deletions), of any resource, in commit order.</summary>
    public Task<List<StixVersion>> AfterAsync(long position, int count, CancellationToken cancellationToken) =>
        Shown(db.Versions.AsNoTracking().Where(v => v.Id > position && v.Kind != ChangeKind.Deleted)).Take(count).ToListAsync(cancellationToken);

    /// <summary>The matrix of the current tactics, created with the first of them and modified with the last change to any.</summary>
    public async Task<StixObject?> MatrixAsync(StixContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var tactics = await Latest(db.Versions.AsNoTracking().Where(v => v.Type == DisarmTypes.Tactics.Resource)).ToListAsync(cancellationToken);
        return tactics.Count == 0 ? null : StixMapping.Matrix(context, tactics.Min(t => t.Created), tactics.Max(t => t.Modified));
    }

    private IQueryable<StixVersion> Latest(IQueryable<ObjectVersion> candidates) => Shown(LatestOnly(candidates));

    private IQueryable<ObjectVersion> LatestOnly(IQueryable<ObjectVersion> candidates)
    {
        var versions = db.Versions.AsNoTracking();
        return candidates.Where(v => v.Kind != ChangeKind.Deleted
            && !versions.Any(w => w.Type == v.Type && w.ObjectId == v.ObjectId && w.Number > v.Number));
    }

    /// <summary>The versions that show an object that is not deleted now (its latest version is not a deletion).</summary>
    private IQueryable<ObjectVersion> Existing(IQueryable<ObjectVersion> candidates)
    {
        var versions = db.Versions.AsNoTracking();
        return candidates.Where(v => v.Kind != ChangeKind.Deleted
            && !versions.Any(d => d.Type == v.Type && d.ObjectId == v.ObjectId && d.Kind == ChangeKind.Deleted
                && !versions.Any(w => w.Type == d.Type && w.ObjectId == d.ObjectId && w.Number > d.Number)));
    }

    private IQueryable<StixVersion> Shown(IQueryable<ObjectVersion> chosen)
    {
        var versions = db.Versions.AsNoTracking();
        return chosen.OrderBy(v => v.Id).Select(v => new StixVersion(
            v.Id,
            v.Type,
            v.ObjectId,
            versions.Where(f => f.Type == v.Type && f.ObjectId == v.ObjectId && f.Number == 1).Select(f => f.Modified).FirstOrDefault(),
            v.Modified,
            v.Resource));
    }
}
