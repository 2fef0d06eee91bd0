using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Taxonomy.Api.Disarm;

/// <summary>
/// HTTP preconditions on writes (RFC 9110 §13): an object's ETag names its version, If-Match on
/// PUT, DELETE and restore refuses a write to any other version (412), and If-None-Match: * on
/// POST creates only. With <c>Taxonomy:RequireIfMatch</c>, PUT, DELETE and restore without
/// If-Match are refused (428), so that no client overwrites an edit it has not seen.
/// </summary>
public static class Preconditions
{
    /// <summary>The strong ETag of an object's version.</summary>
    public static string ETagOf(int version) => $"\"v{version}\"";

    /// <summary>Refuses the write when If-Match names another version, or is missing where it is required.</summary>
    public static void Check(HttpRequest request, DisarmObject current)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(current);
        var ifMatch = request.GetTypedHeaders().IfMatch;
        if (ifMatch.Count == 0)
        {
            if (request.HttpContext.RequestServices.GetRequiredService<IOptions<TaxonomyOptions>>().Value.RequireIfMatch)
            {
                throw new PreconditionRequiredException();
            }

            return;
        }

        var etag = new EntityTagHeaderValue(ETagOf(current.Version));
        if (!ifMatch.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(etag, useStrongComparison: true)))
        {
            throw new PreconditionFailedException($"If-Match names another version; the object is now at version {current.Version}, ETag {etag}.", current.Version);
        }
    }

    /// <summary>Whether a POST asks to create only (If-None-Match: *).</summary>
    public static bool CreateOnly(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.GetTypedHeaders().IfNoneMatch.Any(tag => tag.Equals(EntityTagHeaderValue.Any));
    }
}
