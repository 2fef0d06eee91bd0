using System.Text.Json;
using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Taxonomy.Api.History;
using Taxonomy.Api.OpenApi;
using Taxonomy.Api.Releases;
using Taxonomy.Api.Security;
using Taxonomy.Api.Validation;
using Taxonomy.Infrastructure.History;

namespace Taxonomy.Api.Disarm;

/// <summary>
/// The controller of one DISARM type's resource, routed and guarded by <see cref="ResourceConventions"/>
/// from the type's description. What every type's resource does the same way is written once
/// here: create, replace and delete with their preconditions, and the object's history and
/// restore. A type's controller says how a request becomes an object (<see cref="CreateAsync"/>,
/// <see cref="ApplyAsync"/>) and how an object is shown (<see cref="Respond"/>), and adds its
/// list, its GET and its relations.
/// </summary>
/// <remarks>
/// The actions' documentation is in [OperationSummary]: the OpenAPI generator cannot match XML
/// comments to methods whose parameters are type parameters.
/// </remarks>
[ApiController]
public abstract class ResourceController<T, TRequest, TResponse> : ControllerBase, IReleaseRewind
    where T : DisarmObject
    where TRequest : class
{
    private static readonly JsonSerializerOptions SnapshotReading = new(JsonSerializerDefaults.Web);

    [OperationSummary("Creates a {kind}; every object it names must exist. Needs an editor's key. With If-None-Match: *, an id that is taken is 412.")]
    [HttpPost]
    public async Task<ActionResult<TResponse>> Create(TRequest request, [FromServices] TaxonomyDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var entity = await CreateAsync(request, cancellationToken);
        if (Preconditions.CreateOnly(Request) && await Writable(db).AnyAsync(Lookups.Is<T>(DisarmTypes.Of<T>().ApiIdOf(entity)), cancellationToken))
        {
            throw new PreconditionFailedException($"If-None-Match: * asks to create only, and {DisarmTypes.Of<T>().Kind} {DisarmTypes.Of<T>().ApiIdOf(entity)} exists.", null);
        }

        return await this.CreateAsync(db, entity, Respond, cancellationToken);
    }

    [OperationSummary("Replaces a {kind}'s fields and links. Needs an editor's key. Send the ETag of the version you edited in If-Match to be refused (412) if it changed since.")]
    [HttpPut("{id}")]
    public async Task<TResponse> Replace(string id, TRequest request, [FromServices] TaxonomyDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var entity = await Writable(db).SingleByRouteIdAsync(id, cancellationToken);
        Preconditions.Check(Request, entity);
        await ApplyAsync(entity, request, cancellationToken);
        return await db.SaveAsync(entity, Respond, cancellationToken);
    }

    [OperationSummary("Deletes a {kind}{unless-referenced}. Links the {kind} owns go with it. Needs an editor's key; honours If-Match as PUT does.")]
    [HttpDelete("{id}")]
    public async Task<NoContentResult> Delete(string id, [FromServices] Deletion deletion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(deletion);
        await deletion.DeleteAsync(id, Writable, entity => Preconditions.Check(Request, entity), cancellationToken);
        return NoContent();
    }

    [OperationSummary("The {kind}'s versions, newest first: who changed it, when and how. A deleted {kind} keeps its history.")]
    [HttpGet("{id}/history")]
    public Task<PagedList<VersionSummary>> History(string id, [FromQuery(Name = "")] PageQuery paging, [FromServices] VersionHistory versions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(versions);
        return versions.ListAsync(DisarmTypes.Of<T>(), Lookups.RouteId<T>(id), paging, cancellationToken);
    }

    [OperationSummary("One version of the {kind}: the {kind} as it stood then, with who made the version, when and how.")]
    [HttpGet("{id}/history/{version:int}")]
    public Task<VersionResponse> Version(string id, int version, [FromServices] VersionHistory versions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(versions);
        return versions.GetAsync(DisarmTypes.Of<T>(), Lookups.RouteId<T>(id), version, cancellationToken);
    }

    [OperationSummary("Restores the {kind} as it stood in a version, as a new version (recreating it if it was deleted). What can no longer be (a link to an object that is gone, an id now taken) is refused with 409 or 422 saying why. Needs an admin's key; honours If-Match as PUT does.")]
    [HttpPost("{id}/history/{version:int}/restore")]
    [Authorize(Roles.Admin)]
    [ProducesResponseType(StatusCodes.Status200OK)]
    [ProblemResponses(StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status412PreconditionFailed, StatusCodes.Status422UnprocessableEntity, StatusCodes.Status428PreconditionRequired)]
    public async Task<TResponse> Restore(string id, int version, [FromServices] TaxonomyDbContext db, [FromServices] VersionHistory versions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(versions);
        var type = DisarmTypes.Of<T>();
        var apiId = Lookups.RouteId<T>(id);
        var stored = await versions.GetAsync(type, apiId, version, cancellationToken);
        if (stored.Kind == ChangeKind.Deleted.ToString())
        {
            throw new ConflictException($"Version {version} of {type.Kind} {apiId} records its deletion; restore the version before it.");
        }

        var request = stored.Resource.Deserialize<TRequest>(SnapshotReading)!;
        await ValidateAsync(request, apiId, cancellationToken);
        db.Changes.Kind = ChangeKind.Restored;
        var existing = await Writable(db).SingleOrDefaultAsync(Lookups.Is<T>(apiId), cancellationToken);
        if (existing is not null)
        {
            Preconditions.Check(Request, existing);
            await ApplyAsync(existing, request, cancellationToken);
            return await db.SaveAsync(existing, Respond, cancellationToken);
        }

        var entity = await CreateAsync(request, cancellationToken);
        Lookups.KeepRouteId(db, entity, apiId);
        db.Add(entity);
        return await db.SaveAsync(entity, Respond, cancellationToken);
    }

    async Task IReleaseRewind.RewindAsync(TaxonomyDbContext copy, IReadOnlyCollection<string> changedSince, IReadOnlyList<ObjectVersion> asOfRelease, CancellationToken cancellationToken)
    {
        var removed = await Writable(copy).Where(e => !e.InLatestImport).ToListAsync(cancellationToken);
        foreach (var chunk in changedSince.Chunk(500))
        {
            removed.AddRange(await Writable(copy).Where(e => e.InLatestImport).Where(Lookups.AmongApiIds<T>(chunk)).ToListAsync(cancellationToken));
        }

        copy.RemoveRange(removed);
        await copy.SaveChangesAsync(cancellationToken);
        copy.ChangeTracker.Clear();

        // A sub-technique is made from its parent, which must be stored first.
        var held = asOfRelease.Where(v => Release.Held(v) is not null);
        foreach (var generation in held.GroupBy(v => v.ObjectId.Count(c => c == '.')).OrderBy(g => g.Key))
        {
            foreach (var version in generation)
            {
                var entity = await CreateAsync(JsonSerializer.Deserialize<TRequest>(version.Resource, SnapshotReading)!, cancellationToken);
                Lookups.KeepRouteId(copy, entity, version.ObjectId);
                entity.MarkImport(true);
                entity.Stamp(version.Number, version.Modified);
                copy.Add(entity);
            }

            await copy.SaveChangesAsync(cancellationToken);
            copy.ChangeTracker.Clear();
        }
    }

    /// <summary>A new object as the request describes it, every object it names checked (422 naming the field).</summary>
    protected abstract Task<T> CreateAsync(TRequest request, CancellationToken cancellationToken);

    /// <summary>Makes a stored object what the request describes, every object it names checked.</summary>
    protected abstract Task ApplyAsync(T entity, TRequest request, CancellationToken cancellationToken);

    /// <summary>The object as the API shows it.</summary>
    protected abstract TResponse Respond(T entity);

    /// <summary>The objects, tracked, with what changing them needs loaded.</summary>
    protected virtual IQueryable<T> Writable(TaxonomyDbContext db) => DisarmTypes.Of<T>().Tracked(db);

    /// <summary>A restored version meets today's rules, which may be stricter than those it was made under.</summary>
    private async Task ValidateAsync(TRequest request, string id, CancellationToken cancellationToken)
    {
        if (HttpContext.RequestServices.GetService<IValidator<TRequest>>() is not { } validator)
        {
            return;
        }

        var context = new ValidationContext<TRequest>(request);
        context.RootContextData[Rules.RouteIdKey] = id;
        context.RootContextData[Rules.ResourceTypeKey] = DisarmTypes.Of<T>();
        var result = await validator.ValidateAsync(context, cancellationToken);
        if (!result.IsValid)
        {
            var failure = result.Errors[0];
            throw new DomainRuleException(char.ToLowerInvariant(failure.PropertyName[0]) + failure.PropertyName[1..], $"The version cannot be restored: {failure.ErrorMessage}");
        }
    }
}
