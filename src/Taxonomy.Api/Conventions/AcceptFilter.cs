using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Net.Http.Headers;

namespace Taxonomy.Api.Conventions;

/// <summary>
/// Answers 406 to a read whose Accept header allows none of the media types its route answers in
/// (RFC 9110, 12.5.1), instead of MVC's habit of sending JSON anyway. The route's media types are
/// those its 200s are documented with, and text/markdown and STIX where the Markdown and STIX
/// filters serve them. application/problem+json is always acceptable: a client that asks only
/// for problems gets the answer in JSON; so is application/json where the answer is JSON of a
/// +json type. No Accept, or one that cannot be read, allows anything.
/// Runs before the Markdown and STIX filters, which choose among the served types.
/// </summary>
internal sealed class AcceptFilter(IReadOnlyList<string> served) : IResourceFilter, IOrderedFilter
{
    public const string Json = "application/json";

    private const string ProblemJson = "application/problem+json";

    /// <summary>What else a JSON answer can be labelled as, as MVC's JSON formatter does.</summary>
    private static readonly string[] JsonAliases = ["text/json", ProblemJson];

    // A type of the +json suffix is JSON (RFC 6839), which a client accepting JSON can read: a STIX bundle, say.
    private readonly string[] _acceptable =
        [.. served.Select(MediaTypeOf), .. served.Any(type => type == Json || MediaTypeOf(type).EndsWith("+json", StringComparison.OrdinalIgnoreCase)) ? [Json, .. JsonAliases] : (string[])[ProblemJson]];

    public int Order => int.MinValue;

    /// <summary>The media types the route answers in, as OpenAPI documents them.</summary>
    public IReadOnlyList<string> Served => served;

    public void OnResourceExecuting(ResourceExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var accept = context.HttpContext.Request.GetTypedHeaders().Accept;
        if (accept.Count > 0 && !accept.Any(range => range.Quality is not 0 && _acceptable.Any(type => Allows(range, type))))
        {
            throw new NotAcceptableException(served);
        }
    }

    public void OnResourceExecuted(ResourceExecutedContext context)
    {
    }

    /// <summary>Whether a media range of Accept names <paramref name="type"/>; parameters such as charset are not compared.</summary>
    private static bool Allows(MediaTypeHeaderValue range, string type)
    {
        var slash = type.IndexOf('/', StringComparison.Ordinal);
        return range.MatchesAllTypes
            || (range.MatchesAllSubTypes && range.Type.Equals(type[..slash], StringComparison.OrdinalIgnoreCase))
            || range.MediaType.Equals(type, StringComparison.OrdinalIgnoreCase);
    }

    private static string MediaTypeOf(string contentType) => MediaTypeHeaderValue.Parse(contentType).MediaType.ToString();
}
