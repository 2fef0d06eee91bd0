using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.RateLimiting;
using Taxonomy.Api.Caching;
using Taxonomy.Api.Limits;
using Taxonomy.Api.OpenApi;

namespace Taxonomy.Api.Stix;

/// <summary>The whole framework as STIX 2.1, for threat-intelligence platforms.</summary>
[ApiController]
[Route("api/v1/stix")]
[EnableRateLimiting(ExpensiveReads.Policy)]
public sealed class StixController(StixFeed feed) : ControllerBase
{
    /// <summary>
    /// The whole graph as one STIX 2.1 bundle, streamed as it is read: DISARM's identity and
    /// marking, every object in its STIX representation (see the README's mapping table) with the
    /// relationships it owns, and the matrix of the tactics. Ids are DISARM's own where its bundle
    /// gives one, else UUIDv5 of the DISARM id; created and modified come from the object's versions.
    /// </summary>
    /// <param name="query">Which STIX types to include.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [HttpGet("bundle")]
    [StreamedAnswer]
    [ProducesResponseType<JsonObject>(StatusCodes.Status200OK, StixBundle.MediaType)]
    [OperationId("getStixBundle")]
    public async Task Bundle([FromQuery(Name = "")] StixBundleQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var types = query.RequestedTypes();
        var context = await feed.ContextAsync(cancellationToken);
        var matrix = types.Contains("x-mitre-matrix") ? await feed.MatrixAsync(context, cancellationToken) : null;
        await StixBundle.WriteAsync(Response, Objects(types, context, matrix, cancellationToken), cancellationToken);
    }

    private async IAsyncEnumerable<StixObject> Objects(IReadOnlySet<string> types, StixContext context, StixObject? matrix, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (types.Contains("identity"))
        {
            yield return StixMapping.Identity(context);
        }

        if (types.Contains("marking-definition"))
        {
            yield return StixMapping.Marking(context);
        }

        var resources = StixMapping.TypesOf.Where(pair => pair.Value.Any(types.Contains)).Select(pair => pair.Key).ToList();
        await foreach (var version in feed.CurrentAsync(resources).WithCancellation(cancellationToken))
        {
            foreach (var stixObject in StixMapping.Objects(version, context).Where(o => types.Contains(o.Type)))
            {
                yield return stixObject;
            }
        }

        if (matrix is not null)
        {
            yield return matrix;
        }
    }
}
