using System.Collections.Concurrent;
using Taxonomy.Infrastructure.Releases;

namespace Taxonomy.Api.Releases;

/// <summary>
/// <c>?release=</c> on any read: the request's scope reads the release's copy of the database
/// (<see cref="ReleaseCopies"/>) instead of the live one, so every list, object, relation, grid,
/// search, page and export answers as of the release; so does a release's TAXII collection. A
/// release cannot be changed, so the parameter on a write is refused.
/// </summary>
internal sealed class ReleaseReadsMiddleware(RequestDelegate next, ReleaseCopies copies, IServiceScopeFactory scopes)
{
    public const string Parameter = "release";

    // Labels never change owner once taken, so a release found is kept; one not found is looked
    // up again, since an import may have made it since.
    private readonly ConcurrentDictionary<string, Release> _found = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, Release> _byCollection = new(StringComparer.OrdinalIgnoreCase);

    public async Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Query.TryGetValue(Parameter, out var values))
        {
            // A release's TAXII collection is read from the release's copy, as release= reads are.
            if (Taxii.TaxiiController.CollectionIdIn(context.Request.Path) is { } collectionId
                && !string.Equals(collectionId, Taxii.TaxiiController.CollectionId, StringComparison.OrdinalIgnoreCase)
                && await FindByCollectionAsync(collectionId, context.RequestAborted) is { } ofCollection)
            {
                await ReadAsync(context, ofCollection);
            }

            await next(context);
            return;
        }

        var label = values.Count == 1 ? values[0] : null;
        var refusal =
            !HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method) ? "A release cannot be changed: release= reads one, on GET only. Write without it; writes change the current state."
            : context.Request.Path.StartsWithSegments("/taxii2", StringComparison.OrdinalIgnoreCase) ? "TAXII serves each release as a collection of its own (GET /taxii2/disarm/collections/); release= does not apply there."
            : !Applies(context.Request.Path) ? "The releases and their diffs are read from the current state; name releases in the path instead."
            : values.Count != 1 ? "Give release= once."
            : !ReleaseLabels.IsValid(label) ? $"'{label}' is not a release label: labels are {ReleaseLabels.Rule}. GET /api/v1/releases lists the releases."
            : null;
        if (refusal is not null)
        {
            await WriteProblemAsync(context, new ProblemDetails { Status = StatusCodes.Status400BadRequest, Title = "The release= parameter cannot be used so.", Detail = refusal });
            return;
        }

        var release = await FindAsync(label!, context.RequestAborted);
        if (release is null)
        {
            await WriteProblemAsync(context, new ProblemDetails { Status = StatusCodes.Status404NotFound, Title = "There is no such release.", Detail = $"There is no release '{label}'. GET /api/v1/releases lists the releases." });
            return;
        }

        await ReadAsync(context, release);
        await next(context);
    }

    private async Task ReadAsync(HttpContext context, Release release)
    {
        var copy = await copies.GetAsync(release, context.RequestAborted);
        context.RequestServices.GetRequiredService<DatabaseScope>().ReadRelease(release.Label, copy.Path, copy.Token);
    }

    private async Task<Release?> FindByCollectionAsync(string collectionId, CancellationToken cancellationToken)
    {
        if (_byCollection.TryGetValue(collectionId, out var known))
        {
            return known;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TaxonomyDbContext>();
        foreach (var release in await db.Imports.AsNoTracking().Select(Release.OfImport).ToListAsync(cancellationToken))
        {
            _byCollection.TryAdd(Taxii.TaxiiController.ReleaseCollectionId(release.Label), release);
        }

        return _byCollection.GetValueOrDefault(collectionId);
    }

    /// <summary>Whether release= applies to reads of the path: every read but TAXII's and the releases' own.</summary>
    public static bool Applies(PathString path) =>
        !path.StartsWithSegments("/taxii2", StringComparison.OrdinalIgnoreCase) && !path.StartsWithSegments("/api/v1/releases", StringComparison.OrdinalIgnoreCase);

    private async Task<Release?> FindAsync(string label, CancellationToken cancellationToken)
    {
        if (_found.TryGetValue(label, out var known))
        {
            return known;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TaxonomyDbContext>();
        var found = await db.Imports.AsNoTracking().Where(i => i.Release == label)
            .Select(Release.OfImport)
            .SingleOrDefaultAsync(cancellationToken);
        return found is null ? null : _found.GetOrAdd(label, found);
    }

    private static async Task WriteProblemAsync(HttpContext context, ProblemDetails problem)
    {
        context.Response.StatusCode = problem.Status!.Value;
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
    }
}
