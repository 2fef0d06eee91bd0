using Microsoft.AspNetCore.Mvc.Filters;

namespace Taxonomy.Api.Taxii;

/// <summary>Answers a TAXII read whose Accept does not allow the TAXII media type with 406 (TAXII 2.1, 1.6.8), as a TAXII error message.</summary>
[AttributeUsage(AttributeTargets.Class)]
internal sealed class TaxiiAcceptAttribute : Attribute, IActionFilter
{
    public void OnActionExecuting(ActionExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (HttpMethods.IsGet(context.HttpContext.Request.Method) && !TaxiiMedia.Accepts(context.HttpContext.Request))
        {
            context.Result = TaxiiResult.Error(
                StatusCodes.Status406NotAcceptable,
                "The Accept header allows no media type this server answers.",
                $"TAXII answers {TaxiiMedia.Taxii}; send it, or application/taxii+json, in Accept.");
        }
    }

    public void OnActionExecuted(ActionExecutedContext context)
    {
    }
}
