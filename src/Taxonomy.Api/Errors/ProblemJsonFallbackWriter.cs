using System.Diagnostics;
using Microsoft.Extensions.Options;

namespace Taxonomy.Api.Errors;

/// <summary>
/// Writes a problem as application/problem+json when no other writer will. ASP.NET Core's own
/// writers decline when Accept names no JSON type (text/markdown, say), and the status-code pages
/// then answer "Status Code: 404; Not Found" as text/plain: an error must be a problem document
/// whatever the client asked the answer to be (RFC 9110 lets a server ignore Accept for it).
/// Registered after them, so it is asked last.
/// </summary>
internal sealed class ProblemJsonFallbackWriter(IOptions<ApiBehaviorOptions> apiBehavior) : IProblemDetailsWriter
{
    public bool CanWrite(ProblemDetailsContext context) => true;

    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var http = context.HttpContext;
        var problem = context.ProblemDetails;
        problem.Status ??= http.Response.StatusCode;
        if (apiBehavior.Value.ClientErrorMapping.TryGetValue(problem.Status.Value, out var defaults))
        {
            problem.Type ??= defaults.Link;
            problem.Title ??= defaults.Title;
        }

        problem.Extensions.TryAdd("traceId", Activity.Current?.Id ?? http.TraceIdentifier);
        return new ValueTask(http.Response.WriteAsJsonAsync(problem, problem.GetType(), options: null, contentType: "application/problem+json", http.RequestAborted));
    }
}
