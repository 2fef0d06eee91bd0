using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Formatters;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Taxonomy.Api.Errors;

/// <summary>
/// Refuses with 415, before the body is bound, a Content-Type that MVC's media-type parser cannot
/// read. The JSON formatter parses the header's parameters to pick the body's charset, and that
/// parser throws on a parameter whose empty value ends the header (application/json; charset=),
/// which would otherwise be a 500. The parser itself is the test, so that exactly the headers it
/// cannot read are refused.
/// </summary>
internal sealed class UnreadableContentTypeFilter : IResourceFilter
{
    public void OnResourceExecuting(ResourceExecutingContext context)
    {
        if (context.HttpContext.Request.ContentType is { Length: > 0 } contentType
            && context.ActionDescriptor.Parameters.Any(p => p.BindingInfo?.BindingSource == BindingSource.Body)
            && !Readable(contentType))
        {
            context.Result = new ProblemResult(new ProblemDetails
            {
                Status = StatusCodes.Status415UnsupportedMediaType,
                Title = "The Content-Type cannot be read.",
                Detail = $"The Content-Type '{contentType}' has a parameter without a value. Send application/json, with charset=utf-8 if any.",
            });
        }
    }

    public void OnResourceExecuted(ResourceExecutedContext context)
    {
    }

    private static bool Readable(string contentType)
    {
        try
        {
            _ = new MediaType(contentType).Charset;
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            return false;
        }
    }
}
