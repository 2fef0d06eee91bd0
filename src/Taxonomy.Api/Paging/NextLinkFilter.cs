using System.Text;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Taxonomy.Api.Paging;

/// <summary>
/// Gives every page of a list that has a next a Link to the following page (RFC 8288): the same
/// request, with after set to next in place of page or after, so that a client can follow the
/// header without knowing how this API pages. Relative to the API's own URL, as the Host header
/// a full URL would be built from can be forged.
/// </summary>
internal sealed class NextLinkFilter : IResultFilter
{
    public void OnResultExecuting(ResultExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Result is not ObjectResult { Value: INextPage { NextPageAfter: { } next } })
        {
            return;
        }

        var request = context.HttpContext.Request;
        var url = new StringBuilder().Append(request.PathBase).Append(request.Path);
        var separator = '?';
        foreach (var pair in new QueryStringEnumerable(request.QueryString.Value))
        {
            var name = pair.DecodeName().Span;
            if (!name.Equals("page", StringComparison.OrdinalIgnoreCase) && !name.Equals("after", StringComparison.OrdinalIgnoreCase))
            {
                url.Append(separator).Append(pair.EncodedName).Append('=').Append(pair.EncodedValue);
                separator = '&';
            }
        }

        url.Append(separator).Append("after=").Append(Uri.EscapeDataString(next));
        context.HttpContext.Response.Headers.Append(HeaderNames.Link, $"<{url}>; rel=\"next\"");
    }

    public void OnResultExecuted(ResultExecutedContext context)
    {
    }
}
