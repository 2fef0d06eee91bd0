using Microsoft.AspNetCore.Mvc.Filters;

namespace Taxonomy.Api.History;

/// <summary>
/// Names the API key of a writing request as the author of the changes it makes, which their
/// versions record. The key's name, never the key: keys are secrets and versions are public.
/// </summary>
internal sealed class ChangeAuthorFilter : IActionFilter
{
    public void OnActionExecuting(ActionExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!HttpMethods.IsGet(context.HttpContext.Request.Method) && context.HttpContext.User.Identity is { IsAuthenticated: true, Name: { } name })
        {
            context.HttpContext.RequestServices.GetRequiredService<TaxonomyDbContext>().Changes.Author = name;
        }
    }

    public void OnActionExecuted(ActionExecutedContext context)
    {
    }
}
