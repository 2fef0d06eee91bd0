using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Net.Http.Headers;

namespace Taxonomy.Api.Stix;

/// <summary>
/// Lets a client ask an object's resource for the object in STIX, by preferring
/// application/stix+json in Accept: a bundle of the object, the relationships it owns and those
/// that point at it, and the objects at their other ends. The JSON answer is unchanged for everyone else.
/// </summary>
internal sealed class StixObjectFilter(DisarmType type) : IAsyncResourceFilter
{
    private const string StixMediaType = "application/stix+json";

    public async Task OnResourceExecutionAsync(ResourceExecutingContext context, ResourceExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        context.HttpContext.Response.Headers.Append(HeaderNames.Vary, HeaderNames.Accept);
        if (!PrefersStix(context.HttpContext.Request))
        {
            await next();
            return;
        }

        var services = context.HttpContext.RequestServices;
        var cancellationToken = context.HttpContext.RequestAborted;
        var feed = services.GetRequiredService<StixFeed>();
        var id = Lookups.RouteId(type, context.RouteData.Values["id"]?.ToString());
        var version = await feed.CurrentAsync(type.Resource, id, cancellationToken)
            ?? throw new ResourceNotFoundException($"There is no {type.Kind} {id}.");
        var stix = await feed.ContextAsync(cancellationToken);
        var objects = await NeighbourhoodAsync(version, feed, stix, services.GetRequiredService<ReferrerFinder>(), cancellationToken);
        context.Result = new StixBundleResult(objects);
    }

    /// <summary>The object's STIX objects, the relationships pointing at it from the objects that refer to it, and the objects at the far end of each relationship.</summary>
    private async Task<List<StixObject>> NeighbourhoodAsync(StixVersion version, StixFeed feed, StixContext stix, ReferrerFinder referrers, CancellationToken cancellationToken)
    {
        var objects = StixMapping.Objects(version, stix).ToList();
        var mentioned = new HashSet<(string Resource, string Id)>(Mentioned(version));
        if (objects.Count > 0 && objects[0].Type != "relationship")
        {
            var ownId = objects[0].Id;
            foreach (var referrer in await referrers.FindAsync(type.Entity, type.Ids is null ? int.Parse(version.ObjectId, System.Globalization.CultureInfo.InvariantCulture) : version.ObjectId, cancellationToken))
            {
                var referrerType = DisarmTypes.Of(referrer.EntityType)!;
                foreach (var referrerId in referrer.Ids)
                {
                    if (await feed.CurrentAsync(referrerType.Resource, referrerId, cancellationToken) is not { } referring)
                    {
                        continue;
                    }

                    var made = StixMapping.Objects(referring, stix);
                    var pointing = made.Where(o => o.Type == "relationship" && (o.TargetRef == ownId || o.SourceRef == ownId)).ToList();
                    if (pointing.Count > 0)
                    {
                        objects.AddRange(made.Where(o => o.Type != "relationship"));
                        objects.AddRange(pointing);
                        mentioned.UnionWith(Mentioned(referring));
                    }
                }
            }
        }

        var present = objects.Select(o => o.Id).ToHashSet(StringComparer.Ordinal);
        var wanted = objects.Where(o => o.Type == "relationship")
            .SelectMany(o => new[] { o.SourceRef!, o.TargetRef! })
            .Where(id => !present.Contains(id))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var (resource, id) in mentioned)
        {
            var stixType = resource == DisarmTypes.Techniques.Resource ? "attack-pattern" : "incident";
            if (wanted.Remove(stix.IdOf(stixType, id)) && await feed.CurrentAsync(resource, id, cancellationToken) is { } far)
            {
                objects.Add(StixMapping.Objects(far, stix)[0]);
            }
        }

        return objects;
    }

    /// <summary>The techniques and incidents a version names, which its relationships may end at.</summary>
    private static List<(string Resource, string Id)> Mentioned(StixVersion version)
    {
        using var document = JsonDocument.Parse(version.Snapshot);
        var root = document.RootElement;
        var found = new List<(string Resource, string Id)>();
        foreach (var property in root.EnumerateObject())
        {
            var resource = property.Name switch
            {
                "parentId" or "techniqueId" or "associatedTechniqueId" or "techniqueIds" => DisarmTypes.Techniques.Resource,
                "incidentId" => DisarmTypes.Incidents.Resource,
                _ => null,
            };
            if (resource is null)
            {
                continue;
            }

            var values = property.Value.ValueKind == JsonValueKind.Array ? property.Value.EnumerateArray().ToList() : [property.Value];
            found.AddRange(values.Where(v => v.ValueKind == JsonValueKind.String).Select(v => (resource, v.GetString()!)));
        }

        return found;
    }

    /// <summary>STIX only when the client ranks it above JSON, so that "*/*" still gets JSON.</summary>
    private static bool PrefersStix(HttpRequest request)
    {
        var accepted = request.GetTypedHeaders().Accept;
        var stix = accepted.Where(a => a.MediaType.Equals(StixMediaType, StringComparison.OrdinalIgnoreCase)).Select(a => a.Quality ?? 1).DefaultIfEmpty(0).Max();
        var json = accepted.Where(a => a.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)).Select(a => a.Quality ?? 1).DefaultIfEmpty(0).Max();
        return stix > 0 && stix > json;
    }

    private sealed class StixBundleResult(List<StixObject> objects) : IActionResult
    {
        public Task ExecuteResultAsync(ActionContext context) =>
            StixBundle.WriteAsync(context.HttpContext.Response, objects.ToAsyncEnumerable(), context.HttpContext.RequestAborted);
    }
}
