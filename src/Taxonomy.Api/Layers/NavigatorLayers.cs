namespace Taxonomy.Api.Layers;

/// <summary>What every layer shares: the format, the DISARM domain, the layout, and the tactics as the Navigator names them.</summary>
internal static class NavigatorLayers
{
    /// <summary>
    /// The domain identifier of DISARM in the DISARM Navigator (the DISARM Foundation's fork of the
    /// ATT&amp;CK Navigator), whose config.json lists one domain, "DISARM". A layer without
    /// versions.attack opens on the first version that configuration lists, so none is given.
    /// </summary>
    public const string Domain = "DISARM";

    /// <summary>Layer format 4.5, which the Navigator reads from 4.9.0 on; 5.0.0 is the Navigator of the format's own example.</summary>
    public static readonly LayerVersions Versions = new("4.5", "5.0.0");

    private static readonly LayerLayout Layout = new(
        "side", ShowId: true, ShowName: true, ShowAggregateScores: false, CountUnscored: false, AggregateFunction: "average", ExpandedSubtechniques: "annotated");

    public static NavigatorLayer Create(string name, string description, IReadOnlyList<LayerTechnique> techniques, IReadOnlyList<string> colors, IReadOnlyList<LayerLegendItem> legend, IReadOnlyList<LayerMetadata> metadata) =>
        new(name, Versions, Domain, description, techniques, Gradient(colors, techniques), legend, Sorting: 0, Layout, HideDisabled: false, metadata);

    /// <summary>
    /// The tactic's shortname in DISARM's STIX bundle (x_mitre_shortname), by which a layer places a
    /// technique: DISARM's generator makes it from the name, in lower case with spaces as hyphens.
    /// </summary>
    public static string ShortName(string tacticName)
    {
        ArgumentNullException.ThrowIfNull(tacticName);
        return tacticName.ToLowerInvariant().Replace(' ', '-');
    }

    /// <summary>
    /// Annotates <paramref name="techniques"/> in id order, each placed under its tactic, with the
    /// score, comment and metadata <paramref name="annotate"/> gives its id.
    /// </summary>
    public static async Task<List<LayerTechnique>> AnnotateAsync(
        this TaxonomyDbContext db, IQueryable<Technique> techniques, Func<string, Annotation> annotate, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(annotate);
        var tactics = (await db.Tactics.AsNoTracking().Select(t => new { t.Id, t.Name }).ToListAsync(cancellationToken)).ToDictionary(t => t.Id, t => ShortName(t.Name));
        var placed = await techniques.OrderBy(t => t.Id).Select(t => new { t.Id, t.TacticId }).ToListAsync(cancellationToken);
        return placed.Select(t =>
            {
                var annotation = annotate(t.Id);
                return new LayerTechnique(t.Id, tactics[t.TacticId], annotation.Score, annotation.Comment, Enabled: true, annotation.Metadata);
            })
            .ToList();
    }

    /// <summary>From 0 to the highest score, and at least to 1: the Navigator needs maxValue above minValue.</summary>
    private static LayerGradient Gradient(IReadOnlyList<string> colors, IReadOnlyList<LayerTechnique> techniques) =>
        new(colors, 0, Math.Max(1, techniques.Select(t => t.Score).DefaultIfEmpty(0).Max()));

    /// <summary>What a layer says of one technique.</summary>
    internal sealed record Annotation(int Score, string Comment, IReadOnlyList<LayerMetadata> Metadata);
}
