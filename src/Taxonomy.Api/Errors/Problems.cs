using Taxonomy.Infrastructure.Import;

namespace Taxonomy.Api.Errors;

internal static class Problems
{
    public static ValidationProblemDetails Invalid(int status, string title, string field, string message) =>
        new(new Dictionary<string, string[]> { [field] = [message] }) { Status = status, Title = title, Detail = message };

    /// <summary>Seconds a client is asked to wait before it retries a request refused for lack of capacity.</summary>
    public const int RetryAfterSeconds = 5;

    /// <summary>503 with Retry-After: the request is fine, but costs more than the API gives one now.</summary>
    public static ProblemDetails Busy(HttpResponse response, string title, string detail)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new ProblemDetails { Status = StatusCodes.Status503ServiceUnavailable, Title = title, Detail = detail };
    }

    public static ProblemDetails Conflict(ConflictException conflict)
    {
        var problem = new ProblemDetails { Status = StatusCodes.Status409Conflict, Title = "The change conflicts with the stored data.", Detail = conflict.Message };
        if (conflict.ReferencedBy is not null)
        {
            problem.Extensions["referencedBy"] = conflict.ReferencedBy;
        }

        return problem;
    }

    /// <summary>A precondition that does not hold, with the object's current version (and its ETag) when there is one.</summary>
    public static ProblemDetails PreconditionFailed(PreconditionFailedException failed)
    {
        var problem = new ProblemDetails { Status = StatusCodes.Status412PreconditionFailed, Title = "A precondition of the request does not hold.", Detail = failed.Message };
        if (failed.CurrentVersion is { } version)
        {
            problem.Extensions["currentVersion"] = version;
            problem.Extensions["currentETag"] = Disarm.Preconditions.ETagOf(version);
        }

        return problem;
    }

    /// <summary>
    /// A workbook that cannot be imported, with where the problem is as extension members, and the
    /// limit and its setting when it is one of the import limits: 413 for the size a workbook
    /// decompresses to, as for a body over the upload limit, 400 for rows and columns.
    /// </summary>
    public static ProblemDetails ImportFailed(ImportFailedException failure)
    {
        var status = failure.Setting == ImportLimits.UncompressedBytesSetting ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest;
        var problem = new ProblemDetails { Status = status, Title = "The workbooks could not be imported; nothing was changed.", Detail = failure.Message };
        problem.Extensions["workbook"] = failure.Workbook;
        problem.Extensions["sheet"] = failure.Sheet;
        problem.Extensions["row"] = failure.Row;
        problem.Extensions["column"] = failure.Column;
        if (failure.Setting is not null)
        {
            problem.Extensions["limit"] = failure.Limit;
            problem.Extensions["setting"] = failure.Setting;
        }

        return problem;
    }
}
