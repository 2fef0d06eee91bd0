using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;

namespace Taxonomy.Api.Taxii;

/// <summary>
/// Writes every problem under /taxii2 (a route that does not exist, a method not allowed, a body
/// too large, an exception) as a TAXII error message, which is TAXII's format for errors, so that
/// a TAXII client never meets RFC 9457 problem details. Asked before every other writer.
/// </summary>
internal sealed class TaxiiErrorWriter : IProblemDetailsWriter
{
    public bool CanWrite(ProblemDetailsContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return TaxiiMedia.IsTaxiiPath(context.HttpContext.Request);
    }

    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var response = context.HttpContext.Response;
        var problem = context.ProblemDetails;
        var status = problem.Status ?? response.StatusCode;
        var details = problem is HttpValidationProblemDetails validation && validation.Errors.Count > 0 ? validation.Errors.AsReadOnly() : null;
        var error = new TaxiiError(
            problem.Title ?? ReasonPhrases.GetReasonPhrase(status),
            problem.Detail,
            status.ToString(CultureInfo.InvariantCulture),
            details);
        return new ValueTask(TaxiiResult.WriteAsync(response, error, status));
    }
}
