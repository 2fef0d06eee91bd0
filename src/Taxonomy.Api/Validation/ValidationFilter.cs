using FluentValidation;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Taxonomy.Api.Validation;

/// <summary>
/// Runs the FluentValidation validator of every action argument that has one, before the action,
/// and answers 400 with the failures keyed by camelCase field name.
/// </summary>
internal sealed class ValidationFilter(IServiceProvider services, ProblemDetailsFactory problems) : IAsyncActionFilter
{
    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var argument in context.ActionArguments.Values)
        {
            if (argument is null || services.GetService(typeof(IValidator<>).MakeGenericType(argument.GetType())) is not IValidator validator)
            {
                continue;
            }

            var validationContext = new ValidationContext<object>(argument);
            if (context.ActionDescriptor.Properties.TryGetValue(typeof(DisarmType), out var resourceType))
            {
                validationContext.RootContextData[Rules.ResourceTypeKey] = resourceType!;
            }

            if (context.RouteData.Values.TryGetValue("id", out var routeId))
            {
                validationContext.RootContextData[Rules.RouteIdKey] = routeId?.ToString() ?? "";
            }

            var result = await validator.ValidateAsync(validationContext, context.HttpContext.RequestAborted);
            foreach (var failure in result.Errors)
            {
                var field = FieldName(failure.PropertyName);
                if (!errors.TryGetValue(field, out var messages))
                {
                    errors[field] = messages = [];
                }

                messages.Add(failure.ErrorMessage);
            }
        }

        if (errors.Count > 0)
        {
            var modelState = new ModelStateDictionary();
            foreach (var (field, messages) in errors)
            {
                messages.ForEach(message => modelState.AddModelError(field, message));
            }

            context.Result = Errors.ModelBindingProblems.Create(context.HttpContext, problems, modelState);
            return;
        }

        await next();
    }

    /// <summary>"TechniqueIds[0]" becomes "techniqueIds[0]", matching the JSON the client sent.</summary>
    private static string FieldName(string propertyName) =>
        string.Join('.', propertyName.Split('.').Select(part => part.Length == 0 ? part : char.ToLowerInvariant(part[0]) + part[1..]));
}
