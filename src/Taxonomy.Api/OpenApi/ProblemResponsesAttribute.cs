using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Taxonomy.Api.OpenApi;

/// <summary>
/// Documents, in one attribute, the problem-details responses an action can give. 400 and 422
/// carry per-field errors (ValidationProblemDetails); the others carry a title and detail.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public class ProblemResponsesAttribute(params int[] statuses) : Attribute, IActionModelConvention
{
    public void Apply(ActionModel action)
    {
        ArgumentNullException.ThrowIfNull(action);
        foreach (var status in statuses)
        {
            var type = status is StatusCodes.Status400BadRequest or StatusCodes.Status422UnprocessableEntity ? typeof(ValidationProblemDetails) : typeof(ProblemDetails);
            action.Filters.Add(new ProducesResponseTypeAttribute(type, status, "application/problem+json"));
        }
    }
}

/// <summary>
/// A create or replace: 400 invalid body, 401 no admin key, 404 no such object, 409 id taken,
/// 413 body too large, 415 not JSON, 422 a named object does not exist or a DISARM rule is broken.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class WriteProblemsAttribute() : ProblemResponsesAttribute(400, 401, 404, 409, 413, 415, 422);

/// <summary>A delete: 401 no admin key, 404 no such object, 409 still referenced (the referrers are named).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class DeleteProblemsAttribute() : ProblemResponsesAttribute(401, 404, 409);

/// <summary>A list: 400 bad paging or filter, 404 a filter names an object that does not exist.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class ListProblemsAttribute() : ProblemResponsesAttribute(400, 404);
