using Microsoft.Net.Http.Headers;
using Taxonomy.Api.Stix;

namespace Taxonomy.Api.Taxii;

/// <summary>TAXII 2.1's media types (section 1.6.8), and whether a request's Accept lets the TAXII one be answered.</summary>
internal static class TaxiiMedia
{
    public const string Taxii = "application/taxii+json;version=2.1";

    public const string Stix = StixBundle.MediaType;

    /// <summary>The path every TAXII route is under, whose errors are TAXII error messages.</summary>
    public static readonly PathString Root = "/taxii2";

    /// <summary>
    /// Whether Accept allows application/taxii+json of version 2.1: without a version it means the
    /// latest, which is 2.1 (section 1.6.8.1); */* and application/* allow it too. No Accept (or an
    /// empty one) allows anything.
    /// </summary>
    public static bool Accepts(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var accept = request.Headers.Accept;
        if (accept.All(string.IsNullOrWhiteSpace))
        {
            return true;
        }

        return MediaTypeHeaderValue.TryParseList(accept, out var ranges) && ranges.Any(range => (range.Quality ?? 1) > 0 && Allows(range));
    }

    public static bool IsTaxiiPath(HttpRequest request) => request.Path.StartsWithSegments(Root, StringComparison.OrdinalIgnoreCase);

    private static bool Allows(MediaTypeHeaderValue range)
    {
        if (range.MatchesAllTypes || (range.MatchesAllSubTypes && range.Type.Equals("application", StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        if (!range.MediaType.Equals("application/taxii+json", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var version = range.Parameters.FirstOrDefault(parameter => parameter.Name.Equals("version", StringComparison.OrdinalIgnoreCase));
        return version is null || version.Value.Equals("2.1", StringComparison.Ordinal);
    }
}
