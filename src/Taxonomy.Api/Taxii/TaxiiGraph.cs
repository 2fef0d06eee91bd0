using Taxonomy.Api.Stix;

namespace Taxonomy.Api.Taxii;

/// <summary>
/// What every TAXII read of one data version shares: the STIX context (recorded ids, tactics, which
/// techniques and incidents exist), and DISARM's identity, marking and matrix, which are made from
/// no one version. The identity and marking are added with the first version kept, before its
/// objects; the matrix with the latest version of a current tactic, after its objects, since its
/// modified is that version's.
/// </summary>
/// <param name="Context">The STIX context of the current state, with which every version is rendered, old ones too.</param>
/// <param name="Framework">The identity, the marking and, when there are tactics, the matrix.</param>
public sealed record TaxiiGraph(StixContext Context, IReadOnlyList<TaxiiItem> Framework)
{
    public static async Task<TaxiiGraph> LoadAsync(StixFeed feed, TaxonomyDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feed);
        ArgumentNullException.ThrowIfNull(db);
        var context = await feed.ContextAsync(cancellationToken);
        var first = await db.Versions.AsNoTracking().OrderBy(v => v.Id).Select(v => new { v.Id, v.Modified }).FirstOrDefaultAsync(cancellationToken);
        var (position, added) = first is null ? (0L, DateTime.UnixEpoch) : (first.Id, first.Modified);
        List<TaxiiItem> framework =
        [
            new(new TaxiiCursor(position, -2), added, StixMapping.Identity(context), null),
            new(new TaxiiCursor(position, -1), added, StixMapping.Marking(context), null),
        ];

        StixVersion? lastTactic = null;
        await foreach (var tactic in feed.CurrentAsync([DisarmTypes.Tactics.Resource]).WithCancellation(cancellationToken))
        {
            lastTactic = tactic;
        }

        if (lastTactic is not null && await feed.MatrixAsync(context, cancellationToken) is { } matrix)
        {
            framework.Add(new TaxiiItem(new TaxiiCursor(lastTactic.Position, int.MaxValue), lastTactic.Modified, matrix, null));
        }

        return new TaxiiGraph(context, framework);
    }
}
