
namespace Taxonomy.Api.Errors;

/// <summary>
/// Writes a problem through <see cref="IProblemDetailsService"/>, so it is always
/// application/problem+json, whatever the controller declares it produces.
/// </summary>
internal sealed class ProblemResult(ProblemDetails problem) : IActionResult
{
    public async Task ExecuteResultAsync(ActionContext context)
    {
        var httpContext = context.HttpContext;
        httpContext.Response.StatusCode = problem.Status ?? StatusCodes.Status400BadRequest;
        var problems = httpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem });
    }
}
