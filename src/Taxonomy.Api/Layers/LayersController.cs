using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Taxonomy.Api.Disarm.Techniques;
using Taxonomy.Api.Limits;
using Taxonomy.Api.OpenApi;
using Taxonomy.Api.Search;
using Taxonomy.Infrastructure.Search;

namespace Taxonomy.Api.Layers;

/// <summary>
/// ATT&amp;CK Navigator layers (format 4.5) of the DISARM matrix: an incident's techniques, the
/// counters' coverage, and any technique list. Each is read from the whole framework, so they are
/// expensive reads.
/// </summary>
[ApiController]
[Route("api/v1")]
[EnableRateLimiting(ExpensiveReads.Policy)]
public sealed class LayersController(TaxonomyDbContext db, IOptions<SearchLimits> limits) : ControllerBase
{
    private static readonly string[] IncidentColors = ["#ffffff", "#ff6666"];
    private static readonly string[] CoverageColors = ["#ff6666", "#ffe766", "#8ec843"];
    private static readonly string[] ListColors = ["#ffffff", "#66b1ff"];

    /// <summary>
    /// An incident's layer: the techniques its mappings name, each with the passages quoted for it
    /// as comment, the ids of those mappings as metadata, and their number as score.
    /// </summary>
    /// <param name="id" example="I00251">The incident's DISARM id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [HttpGet("incidents/{id}/layer")]
    [ProducesResponseType<NavigatorLayer>(StatusCodes.Status200OK)]
    [ProblemResponses(StatusCodes.Status404NotFound)]
    [OperationId("getIncidentLayer")]
    public async Task<NavigatorLayer> IncidentLayer(string id, CancellationToken cancellationToken)
    {
        var incident = await db.ReadByRouteIdAsync<Incident>(id, cancellationToken);
        var links = (await db.IncidentTechniqueLinksAsync(incident.Id, cancellationToken)).ToDictionary(l => l.TechniqueId);
        var techniques = await db.AnnotateAsync(
            db.Techniques.Where(t => links.Keys.Contains(t.Id)),
            techniqueId => new NavigatorLayers.Annotation(
                links[techniqueId].Mappings.Count,
                string.Join("\n\n", links[techniqueId].Mappings.Select(m => m.Description).OfType<string>()),
                links[techniqueId].Mappings.Select(m => new LayerMetadata("mapping", m.Id)).ToList()),
            cancellationToken);
        var mappingIds = links.Values.SelectMany(l => l.Mappings).Select(m => m.Id).Distinct().Order(StringComparer.Ordinal);
        return NavigatorLayers.Create(
            $"{incident.Id} {incident.Name}",
            $"The techniques DISARM maps incident {incident.Id} to, each with the passages quoted from the incident's sources for it; score: the number of those passages.",
            techniques,
            IncidentColors,
            [new LayerLegendItem("Shown in the incident", IncidentColors[^1])],
            [new LayerMetadata("incident", incident.Id), new LayerMetadata("mappings", string.Join(", ", mappingIds))]);
    }

    /// <summary>
    /// The counters' coverage: every technique and sub-technique, scored with the number of counters
    /// that list it (0 for none), with their ids as metadata.
    /// </summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    [HttpGet("layers/counter-coverage")]
    [ProducesResponseType<NavigatorLayer>(StatusCodes.Status200OK)]
    [OperationId("getCounterCoverageLayer")]
    public async Task<NavigatorLayer> CounterCoverage(CancellationToken cancellationToken)
    {
        var counters = (await db.Counters.AsNoTracking()
                .SelectMany(c => c.Techniques, (c, t) => new { TechniqueId = t.Id, CounterId = c.Id })
                .OrderBy(p => p.CounterId)
                .ToListAsync(cancellationToken))
            .ToLookup(p => p.TechniqueId, p => p.CounterId);
        var techniques = await db.AnnotateAsync(
            db.Techniques,
            techniqueId => new NavigatorLayers.Annotation(counters[techniqueId].Count(), "", counters[techniqueId].Select(c => new LayerMetadata("counter", c)).ToList()),
            cancellationToken);
        return NavigatorLayers.Create(
            "DISARM counter coverage",
            "Every technique and sub-technique; score: the number of counters that list it, 0 where none does.",
            techniques,
            CoverageColors,
            [new LayerLegendItem("No counter", CoverageColors[0]), new LayerLegendItem("The most counters", CoverageColors[^1])],
            [new LayerMetadata("techniques without a counter", techniques.Count(t => t.Score == 0).ToString(System.Globalization.CultureInfo.InvariantCulture))]);
    }

    /// <summary>
    /// A layer of a technique list: the techniques and sub-techniques the filters of
    /// /api/v1/techniques select, narrowed to those a search finds, each scored 1; every technique
    /// when nothing is asked.
    /// </summary>
    /// <param name="filter">The filters of the technique list.</param>
    /// <param name="search">The search.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [HttpGet("layers/techniques")]
    [ProducesResponseType<NavigatorLayer>(StatusCodes.Status200OK)]
    [ProblemResponses(StatusCodes.Status400BadRequest, StatusCodes.Status404NotFound)]
    [OperationId("getTechniqueListLayer")]
    public async Task<NavigatorLayer> TechniqueList([FromQuery(Name = "")] TechniqueListQuery filter, [FromQuery(Name = "")] LayerSearchQuery search, CancellationToken cancellationToken)
    {
        var selected = await db.TechniquesMatchingAsync(filter, cancellationToken);
        if (search.Q is { } q)
        {
            var expression = SearchSyntax.Parse(q);
            var resource = DisarmTypes.Of<Technique>().Resource;
            var found = db.Search(expression.Match, expression.ExactName).Where(m => m.Type == resource).Select(m => m.Id);
            selected = selected.Where(t => found.Contains(t.Id));
        }

        var techniques = await db.WithinAsync(
            TimeSpan.FromMilliseconds(limits.Value.TimeBudgetMilliseconds),
            () => db.AnnotateAsync(selected, _ => new NavigatorLayers.Annotation(1, "", []), cancellationToken),
            cancellationToken);
        var asked = Asked(filter, search);
        return NavigatorLayers.Create(
            asked.Count == 0 ? "DISARM techniques" : $"DISARM techniques: {string.Join(", ", asked.Select(m => $"{m.Name}={m.Value}"))}",
            "The techniques and sub-techniques that match the filters in the layer's metadata (all of them when there are none), each scored 1.",
            techniques,
            ListColors,
            [new LayerLegendItem("Matches", ListColors[^1])],
            asked);
    }

    /// <summary>The filters a technique list layer was asked for, as its metadata names them: by their query parameters.</summary>
    private static List<LayerMetadata> Asked(TechniqueListQuery filter, LayerSearchQuery search) =>
        new (string Name, string? Value)[] { ("tacticId", filter.TacticId), ("parentId", filter.ParentId), ("isSubtechnique", filter.IsSubtechnique is { } sub ? (sub ? "true" : "false") : null), ("q", search.Q) }
            .Where(p => p.Value is not null)
            .Select(p => new LayerMetadata(p.Name, p.Value!))
            .ToList();
}
