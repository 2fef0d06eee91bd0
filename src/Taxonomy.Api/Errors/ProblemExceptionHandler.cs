using System.Text;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Data.Sqlite;
using Taxonomy.Infrastructure.Import;
using Taxonomy.Infrastructure.Releases;

namespace Taxonomy.Api.Errors;

/// <summary>
/// Turns the exceptions that describe a client's mistake into RFC 9457 problem details. Anything
/// else is left to the exception middleware, which logs it and answers a bare 500.
/// </summary>
internal sealed class ProblemExceptionHandler(IProblemDetailsService problemDetails, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    private const int SqliteConstraint = 19;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            DomainRuleException rule => Problems.Invalid(StatusCodes.Status422UnprocessableEntity, "The request breaks a rule of the DISARM model.", rule.Field, rule.Message),
            ResourceNotFoundException notFound => new ProblemDetails { Status = StatusCodes.Status404NotFound, Title = "Not found.", Detail = notFound.Message },
            ConflictException conflict => Problems.Conflict(conflict),
            ImportFailedException failed => Problems.ImportFailed(failed),
            BadHttpRequestException badRequest => new ProblemDetails { Status = badRequest.StatusCode, Title = "The request could not be read.", Detail = badRequest.Message },
            // Only a request body is decoded with a charset the client chose (JSON input formatters transcode it).
            DecoderFallbackException => new ProblemDetails
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "The request could not be read.",
                Detail = $"The body is not valid text in the charset its Content-Type names ({httpContext.Request.ContentType}). Send UTF-8 JSON, or bytes that are valid in the charset named.",
            },
            PreconditionFailedException failed => Problems.PreconditionFailed(failed),
            QueryBudgetExceededException exceeded => Problems.Busy(httpContext.Response, "The query took too long and was stopped.", $"{exceeded.Message} Narrow the query (fewer or longer prefixes, fewer OR terms), or retry later if the API is busy."),
            ReleaseLabelTakenException taken => new ProblemDetails { Status = StatusCodes.Status409Conflict, Title = "The release exists.", Detail = taken.Message },
            NotAcceptableException notAcceptable => new ProblemDetails
            {
                Status = StatusCodes.Status406NotAcceptable,
                Title = "The answer is in no media type the request accepts.",
                Detail = notAcceptable.Message,
                Extensions = { ["mediaTypes"] = notAcceptable.Served },
            },
            PreconditionRequiredException required => new ProblemDetails { Status = StatusCodes.Status428PreconditionRequired, Title = "If-Match is required.", Detail = required.Message },
            DbUpdateConcurrencyException => httpContext.Request.Headers.IfMatch.Count > 0
                ? new ProblemDetails { Status = StatusCodes.Status412PreconditionFailed, Title = "The object changed meanwhile.", Detail = "Another request changed or deleted the object after it was read here; the version If-Match named is no longer current. Read it again." }
                : new ProblemDetails { Status = StatusCodes.Status409Conflict, Title = "The object changed meanwhile.", Detail = "Another request changed or deleted the object while this one was writing it, so this write was not made. Read the object again and retry; send If-Match to make such races explicit." },
            DbUpdateException { InnerException: SqliteException { SqliteErrorCode: SqliteConstraint } } or SqliteException { SqliteErrorCode: SqliteConstraint } =>
                new ProblemDetails { Status = StatusCodes.Status409Conflict, Title = "The change conflicts with the stored data.", Detail = "Another change was made at the same time: an id is already taken or an object is still referenced. Read the objects again and retry." },
            _ => null,
        };

        if (problem is null)
        {
            return false;
        }

        if (problem.Status == StatusCodes.Status409Conflict && exception is not ConflictException)
        {
            logger.LogWarning(exception, "A database constraint stopped a write that passed the API's own checks");
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }
}
