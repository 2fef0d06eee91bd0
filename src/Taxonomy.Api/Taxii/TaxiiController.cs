using Taxonomy.Api.OpenApi;

namespace Taxonomy.Api.Taxii;

/// <summary>
/// TAXII 2.1 (OASIS Standard, 10 June 2021), read-only and public: one API root holding the
/// collection of the current framework, which a threat-intelligence platform polls with
/// added_after for what changed, and one collection per release, which never changes. Answers and
/// errors are TAXII's (application/taxii+json;version=2.1).
/// </summary>
/// <remarks>
/// A release's collection is read from the release's copy of the database, which
/// <see cref="Releases.ReleaseReadsMiddleware"/> gives the request's scope before the action runs.
/// </remarks>
[ApiController]
[Route("taxii2")]
[TaxiiAccept]
public sealed class TaxiiController(TaxiiFeed feed, TaxonomyDbContext db, DatabaseScope database, IConfiguration configuration) : ControllerBase
{
    /// <summary>The API root's path.</summary>
    public const string ApiRoot = "/taxii2/disarm/";

    /// <summary>The id of the collection of the current framework: fixed, so that a client configured with it keeps working.</summary>
    public const string CollectionId = "2fadacdf-c960-44bf-97ad-cb2265956258";

    private const string Collection = "disarm/collections/{collectionId}";

    /// <summary>TAXII discovery: the server and its one API root.</summary>
    [HttpGet("")]
    [ProducesResponseType<TaxiiDiscovery>(StatusCodes.Status200OK, TaxiiMedia.Taxii)]
    [ProducesResponseType<TaxiiError>(StatusCodes.Status406NotAcceptable, TaxiiMedia.Taxii)]
    [OperationId("getTaxiiDiscovery")]
    public IActionResult Discovery() => new TaxiiResult(new TaxiiDiscovery(
        "DISARM Taxonomy API",
        "The DISARM disinformation framework as STIX 2.1: tactics, techniques, incidents, counters, detections and their relationships.",
        ApiRoot,
        [ApiRoot]));

    /// <summary>The API root: its title, the TAXII version it speaks and the largest request body it takes.</summary>
    [HttpGet("disarm")]
    [ProducesResponseType<TaxiiApiRoot>(StatusCodes.Status200OK, TaxiiMedia.Taxii)]
    [ProducesResponseType<TaxiiError>(StatusCodes.Status406NotAcceptable, TaxiiMedia.Taxii)]
    [OperationId("getTaxiiApiRoot")]
    public IActionResult Root() => new TaxiiResult(new TaxiiApiRoot(
        "DISARM",
        "DISARM's framework, live from the API, with the history of every object.",
        [TaxiiMedia.Taxii],
        configuration.GetValue(RequestBodyLimitMiddleware.Setting, RequestBodyLimitMiddleware.DefaultLimit)));

    /// <summary>The API root's collections: the current framework, then each release, newest first.</summary>
    [HttpGet("disarm/collections")]
    [ProducesResponseType<TaxiiCollections>(StatusCodes.Status200OK, TaxiiMedia.Taxii)]
    [ProducesResponseType<TaxiiError>(StatusCodes.Status406NotAcceptable, TaxiiMedia.Taxii)]
    [OperationId("listTaxiiCollections")]
    public async Task<IActionResult> Collections(CancellationToken cancellationToken)
    {
        var releases = await db.Imports.AsNoTracking().OrderByDescending(i => i.Id).Select(i => i.Release).ToListAsync(cancellationToken);
        return new TaxiiResult(new TaxiiCollections([Current, .. releases.Select(OfRelease)]));
    }

    /// <summary>The id of a release's collection: UUIDv5 of its label in the API's STIX namespace, so it never changes.</summary>
    public static string ReleaseCollectionId(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        return Stix.StixIds.UuidV5(Stix.StixIds.Namespace, $"taxii-collection {label.ToLowerInvariant()}").ToString();
    }

    /// <summary>The collection id in a path under the API root's collections, or null for other paths.</summary>
    public static string? CollectionIdIn(PathString path) =>
        path.Value?.Split('/', StringSplitOptions.RemoveEmptyEntries) is ["taxii2", "disarm", "collections", var id, ..] ? id : null;

    /// <summary>One collection.</summary>
    /// <param name="collectionId">The collection's id. <example>2fadacdf-c960-44bf-97ad-cb2265956258</example></param>
    [HttpGet(Collection)]
    [ProducesResponseType<TaxiiCollectionResource>(StatusCodes.Status200OK, TaxiiMedia.Taxii)]
    [ProducesResponseType<TaxiiError>(StatusCodes.Status404NotFound, TaxiiMedia.Taxii)]
    [ProducesResponseType<TaxiiError>(StatusCodes.Status406NotAcceptable, TaxiiMedia.Taxii)]
    [OperationId("getTaxiiCollection")]
    public IActionResult GetCollection(string collectionId) => Unknown(collectionId) ?? new TaxiiResult(database.Release is { } label ? OfRelease(label) : Current);

    /// <summary>
    /// A page of the collection's objects, in the order they were added, as a TAXII envelope:
    /// each object's latest version unless match[version] asks for others. Each version is added
    /// when the API keeps the version of the DISARM object it is made from; relationships are
    /// versioned with the object that owns them.
    /// </summary>
    /// <param name="collectionId">The collection's id. <example>2fadacdf-c960-44bf-97ad-cb2265956258</example></param>
    /// <param name="query">The filters and paging.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [HttpGet(Collection + "/objects")]
    [ProducesResponseType<TaxiiEnvelope>(StatusCodes.Status200OK, TaxiiMedia.Taxii)]
    [ProducesResponseType<TaxiiError>(StatusCodes.Status400BadRequest, TaxiiMedia.Taxii)]
    [ProducesResponseType<TaxiiError>(StatusCodes.Status404NotFound, TaxiiMedia.Taxii)]
    [ProducesResponseType<TaxiiError>(StatusCodes.Status406NotAcceptable, TaxiiMedia.Taxii)]
    [OperationId("listTaxiiObjects")]
    public async Task<IActionResult> Objects(string collectionId, [FromQuery(Name = "")] TaxiiObjectsQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        return await AnswerAsync(collectionId, query.Parse(), async filter => await feed.ObjectsAsync(filter, cancellationToken), Envelope);
    }

    /// <summary>The manifest of the collection: for each object version a page of objects would hold, its id, when it was added, its version and media type.</summary>
    /// <param name="collectionId">The collection's id. <example>2fadacdf-c960-44bf-97ad-cb2265956258</example></param>
    /// <param name="query">The filters and paging.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [HttpGet(Collection + "/manifest")]
    [ProducesResponseType<TaxiiManifest>(StatusCodes.Status200OK, TaxiiMedia.Taxii)]
    [ProducesResponseType<TaxiiError>(StatusCodes.Status400BadRequest, TaxiiMedia.Taxii)]
    [ProducesResponseType<TaxiiError>(StatusCodes.Status404NotFound, TaxiiMedia.Taxii)]
    [ProducesResponseType<TaxiiError>(StatusCodes.Status406NotAcceptable, TaxiiMedia.Taxii)]
    [OperationId("getTaxiiManifest")]
    public async Task<IActionResult> Manifest(string collectionId, [FromQuery(Name = "")] TaxiiObjectsQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        return await AnswerAsync(collectionId, query.Parse(), async filter => await feed.ObjectsAsync(filter, cancellationToken), page =>
        {
            var records = page.Items.Select(item => new TaxiiManifestRecord(item.Id, Stix.StixMapping.Time(item.Added), item.Version, TaxiiMedia.Stix)).ToList();
            return new TaxiiManifest(page.More, page.NextText, records.Count == 0 ? null : records);
        });
    }

    /// <summary>One object of the collection, as a TAXII envelope: its latest version unless match[version] asks for others.</summary>
    /// <param name="collectionId">The collection's id. <example>2fadacdf-c960-44bf-97ad-cb2265956258</example></param>
    /// <param name="objectId">The object's STIX id. <example>attack-pattern--70717452-f7e3-4ce8-956f-39a4d34c5cfb</example></param>
    /// <param name="query">The filters and paging.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [HttpGet(Collection + "/objects/{objectId}")]
    [ProducesResponseType<TaxiiEnvelope>(StatusCodes.Status200OK, TaxiiMedia.Taxii)]
    [ProducesResponseType<TaxiiError>(StatusCodes.Status400BadRequest, TaxiiMedia.Taxii)]
    [ProducesResponseType<TaxiiError>(StatusCodes.Status404NotFound, TaxiiMedia.Taxii)]
    [ProducesResponseType<TaxiiError>(StatusCodes.Status406NotAcceptable, TaxiiMedia.Taxii)]
    [OperationId("getTaxiiObject")]
    public async Task<IActionResult> GetObject(string collectionId, string objectId, [FromQuery(Name = "")] TaxiiObjectQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        return await AnswerAsync(collectionId, query.Parse(), filter => feed.ObjectAsync(objectId, filter, cancellationToken), Envelope, objectId);
    }

    /// <summary>The versions of one object (their STIX modified), oldest first: one per version of the DISARM object it is made from that shows it.</summary>
    /// <param name="collectionId">The collection's id. <example>2fadacdf-c960-44bf-97ad-cb2265956258</example></param>
    /// <param name="objectId">The object's STIX id. <example>attack-pattern--70717452-f7e3-4ce8-956f-39a4d34c5cfb</example></param>
    /// <param name="addedAfter">Only versions added after this time (RFC 3339, UTC). <example>2026-01-01T00:00:00Z</example></param>
    /// <param name="limit">Versions per page: 100 unless given, at most 1000. <example>100</example></param>
    /// <param name="next">Where to go on from: the next of the previous page. <example>120.0</example></param>
    /// <param name="matchSpecVersion">Only versions of these STIX versions; every object is 2.1. <example>2.1</example></param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [HttpGet(Collection + "/objects/{objectId}/versions")]
    [ProducesResponseType<TaxiiVersions>(StatusCodes.Status200OK, TaxiiMedia.Taxii)]
    [ProducesResponseType<TaxiiError>(StatusCodes.Status400BadRequest, TaxiiMedia.Taxii)]
    [ProducesResponseType<TaxiiError>(StatusCodes.Status404NotFound, TaxiiMedia.Taxii)]
    [ProducesResponseType<TaxiiError>(StatusCodes.Status406NotAcceptable, TaxiiMedia.Taxii)]
    [OperationId("listTaxiiObjectVersions")]
    public async Task<IActionResult> Versions(
        string collectionId,
        string objectId,
        [FromQuery(Name = "added_after")] string? addedAfter,
        [FromQuery(Name = "limit")] int? limit,
        [FromQuery(Name = "next")] string? next,
        [FromQuery(Name = "match[spec_version]")] string? matchSpecVersion,
        CancellationToken cancellationToken) =>
        await AnswerAsync(
            collectionId,
            TaxiiFilter.Parse(addedAfter, limit, next, null, null, "all", matchSpecVersion),
            filter => feed.ObjectAsync(objectId, filter, cancellationToken),
            page => new TaxiiVersions(page.More, page.NextText, page.Items.Count == 0 ? null : [.. page.Items.Select(item => item.Version)]),
            objectId);

    /// <summary>Adding objects is refused, with or without an API key: the collection cannot be written (can_write is false); the API's own routes change the framework.</summary>
    /// <param name="collectionId">The collection's id. <example>2fadacdf-c960-44bf-97ad-cb2265956258</example></param>
    [HttpPost(Collection + "/objects")]
    [ProducesResponseType<TaxiiError>(StatusCodes.Status403Forbidden, TaxiiMedia.Taxii)]
    [ProducesResponseType<TaxiiError>(StatusCodes.Status404NotFound, TaxiiMedia.Taxii)]
    [OperationId("addTaxiiObjects")]
    public IActionResult AddObjects(string collectionId) => Unknown(collectionId) ?? ReadOnly();

    /// <summary>Deleting an object is refused, with or without an API key: the collection cannot be written (can_write is false).</summary>
    /// <param name="collectionId">The collection's id. <example>2fadacdf-c960-44bf-97ad-cb2265956258</example></param>
    /// <param name="objectId">The object's STIX id. <example>attack-pattern--70717452-f7e3-4ce8-956f-39a4d34c5cfb</example></param>
    [HttpDelete(Collection + "/objects/{objectId}")]
    [ProducesResponseType<TaxiiError>(StatusCodes.Status403Forbidden, TaxiiMedia.Taxii)]
    [ProducesResponseType<TaxiiError>(StatusCodes.Status404NotFound, TaxiiMedia.Taxii)]
    [OperationId("deleteTaxiiObject")]
    public IActionResult DeleteObject(string collectionId, string objectId) => Unknown(collectionId) ?? ReadOnly();

    /// <summary>A read's answer: 404 for another collection, 400 for invalid parameters, 404 when the object read does not exist, else the page as <paramref name="resource"/> makes it.</summary>
    private async Task<IActionResult> AnswerAsync(
        string collectionId,
        (TaxiiFilter? Filter, Dictionary<string, string[]> Errors) parsed,
        Func<TaxiiFilter, Task<TaxiiPage?>> read,
        Func<TaxiiPage, object> resource,
        string? objectId = null)
    {
        if ((Unknown(collectionId) ?? Invalid(parsed.Errors)) is { } refused)
        {
            return refused;
        }

        return await read(parsed.Filter!) is { } page ? new TaxiiResult(resource(page), headers: page.Headers) : NoObject(objectId ?? "");
    }

    private static TaxiiEnvelope Envelope(TaxiiPage page) =>
        new(page.More, page.NextText, page.Items.Count == 0 ? null : [.. page.Items.Select(item => item.StixObject)]);

    private static TaxiiCollectionResource Current => new(
        CollectionId,
        "DISARM framework (current)",
        "Every DISARM object as the API holds it now, in STIX 2.1, with its versions: each version is added when the API keeps it.",
        CanRead: true,
        CanWrite: false,
        [TaxiiMedia.Stix]);

    private static TaxiiCollectionResource OfRelease(string label) => new(
        ReleaseCollectionId(label),
        $"DISARM release {label}",
        $"Every object of release {label} (GET /api/v1/releases/{label}) in STIX 2.1, with its versions up to the release. It never changes.",
        CanRead: true,
        CanWrite: false,
        [TaxiiMedia.Stix]);

    /// <summary>404 unless the id is the collection the request's scope reads: the current framework's, or the release's its path named.</summary>
    private TaxiiResult? Unknown(string collectionId) =>
        string.Equals(collectionId, database.Release is { } label ? ReleaseCollectionId(label) : CollectionId, StringComparison.OrdinalIgnoreCase)
            ? null
            : TaxiiResult.Error(StatusCodes.Status404NotFound, "No such collection.", $"The API root {ApiRoot} has no collection {collectionId}; GET {ApiRoot}collections/ lists them.");

    private static TaxiiResult? Invalid(Dictionary<string, string[]> errors) =>
        errors.Count == 0 ? null : TaxiiResult.Error(StatusCodes.Status400BadRequest, "The URL parameters are not valid.", "See details for what is wrong with each.", errors);

    private static TaxiiResult NoObject(string objectId) =>
        TaxiiResult.Error(StatusCodes.Status404NotFound, "No such object.", $"The collection holds no object {objectId}.");

    private static TaxiiResult ReadOnly() =>
        TaxiiResult.Error(StatusCodes.Status403Forbidden, "The collection cannot be written.", "TAXII serves the framework read-only (can_write is false); change it through the API's own routes.");
}
