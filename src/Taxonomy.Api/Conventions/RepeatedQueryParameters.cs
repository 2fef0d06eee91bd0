using Microsoft.AspNetCore.Http.Extensions;

namespace Taxonomy.Api.Conventions;

/// <summary>
/// Reads a query parameter given more than once on an /api route as one comma-separated value:
/// <c>include=tactic&amp;include=counters</c> is <c>include=tactic,counters</c>, the form the
/// OpenAPI document gives for lists (style form, not exploded), which some clients send the other
/// way. MVC would bind the first value and drop the others without a word; a parameter that takes
/// one value, given twice (<c>page=1&amp;page=2</c>), becomes a value its validation refuses with 400.
/// TAXII's routes keep the query as sent: TAXII defines its own parameters.
/// </summary>
internal sealed class RepeatedQueryParameters(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var query = context.Request.Query;
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) && query.Any(parameter => parameter.Value.Count > 1))
        {
            var joined = new QueryBuilder();
            foreach (var (key, values) in query)
            {
                joined.Add(key, string.Join(',', values.ToArray()));
            }

            context.Request.QueryString = joined.ToQueryString();
        }

        return next(context);
    }
}
