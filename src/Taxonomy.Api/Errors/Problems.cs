using Microsoft.AspNetCore.Mvc;

namespace Taxonomy.Api.Errors;

internal static class Problems
{
    public static ValidationProblemDetails Invalid(int status, string title, string field, string message) =>
        new(new Dictionary<string, string[]> { [field] = [message] }) { Status = status, Title = title, Detail = message };

    public static ProblemDetails Conflict(ConflictException conflict)
    {
        var problem = new ProblemDetails { Status = StatusCodes.Status409Conflict, Title = "The change conflicts with the stored data.", Detail = conflict.Message };
        if (conflict.ReferencedBy is not null)
        {
            problem.Extensions["referencedBy"] = conflict.ReferencedBy;
        }

        return problem;
    }
}
