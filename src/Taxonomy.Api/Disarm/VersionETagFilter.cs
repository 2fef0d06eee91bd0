using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Net.Http.Headers;

namespace Taxonomy.Api.Disarm;

/// <summary>
/// Gives the JSON of one object (GET /api/v1/{resource}/{id}, no query) the strong ETag of its
/// version, which changes exactly when the object does and which If-Match on PUT and DELETE
/// names; a matching If-None-Match gets 304. With a query (include=...), the answer shows other
/// objects too, so it keeps the ETag of the data's version (see Caching/ConditionalGetMiddleware).
/// </summary>
internal sealed class VersionETagFilter : IAsyncResultFilter
{
    public async Task OnResultExecutionAsync(ResultExecutingContext context, ResultExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var request = context.HttpContext.Request;
        if (!request.QueryString.HasValue && context.Result is ObjectResult { Value: IVersionedResponse versioned } && (context.Result as ObjectResult)!.StatusCode is null or StatusCodes.Status200OK)
        {
            var etag = new EntityTagHeaderValue(Preconditions.ETagOf(versioned.Version));
            context.HttpContext.Response.Headers.ETag = etag.ToString();
            if (Caching.ConditionalGetMiddleware.Matches(request, etag))
            {
                context.Result = new StatusCodeResult(StatusCodes.Status304NotModified);
            }
        }

        await next();
    }
}
