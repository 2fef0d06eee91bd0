using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Taxonomy.Api.Errors;

/// <summary>
/// The one shape of a 400: MVC's own failures to read a body or query string (malformed JSON, a
/// string where a number belongs, an unknown field) and the validators' failures alike, keyed by
/// the field name the client wrote and worded without .NET type names.
/// </summary>
internal static class ModelBindingProblems
{
    public static IActionResult Create(ActionContext context) =>
        Create(context.HttpContext, context.HttpContext.RequestServices.GetRequiredService<ProblemDetailsFactory>(), context.ModelState);

    public static IActionResult Create(HttpContext httpContext, ProblemDetailsFactory factory, ModelStateDictionary modelState)
    {
        var cleaned = new ModelStateDictionary();
        foreach (var (key, entry) in modelState)
        {
            foreach (var error in entry.Errors)
            {
                cleaned.AddModelError(FieldName(key), Message(error));
            }
        }

        var problem = factory.CreateValidationProblemDetails(
            httpContext, cleaned, StatusCodes.Status400BadRequest, "The request is not valid.", detail: "See errors for what is wrong with each field.");
        return new ProblemResult(problem);
    }

    private static string FieldName(string key) => key switch
    {
        "" or "$" or "request" => "body",
        _ when key.StartsWith("$.", StringComparison.Ordinal) => key[2..],
        _ => key,
    };

    private static string Message(ModelError error)
    {
        var message = string.IsNullOrEmpty(error.ErrorMessage) ? error.Exception?.Message ?? "" : error.ErrorMessage;
        if (message.Contains("could not be mapped to any .NET member", StringComparison.Ordinal))
        {
            return "This is not a field of the request; check its spelling.";
        }

        if (message.Contains("could not be converted to", StringComparison.Ordinal))
        {
            return "The value has the wrong JSON type for this field.";
        }

        return message.Length > 0 ? message : "The value is not valid.";
    }
}
