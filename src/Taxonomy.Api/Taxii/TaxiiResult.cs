using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Taxonomy.Api.Taxii;

/// <summary>
/// A TAXII answer: the resource as JSON with the TAXII media type exactly as the standard spells
/// it (MVC's formatters would pick one of their own from Accept), and any headers given.
/// </summary>
internal sealed class TaxiiResult(object value, int status = StatusCodes.Status200OK, IReadOnlyDictionary<string, string>? headers = null) : IActionResult
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public static TaxiiResult Error(int status, string title, string description, IReadOnlyDictionary<string, string[]>? details = null) =>
        new(new TaxiiError(title, description, status.ToString(CultureInfo.InvariantCulture), details), status);

    public static Task WriteAsync(HttpResponse response, object value, int status)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.StatusCode = status;
        response.ContentType = TaxiiMedia.Taxii;
        return JsonSerializer.SerializeAsync(response.Body, value, value.GetType(), Json, response.HttpContext.RequestAborted);
    }

    public Task ExecuteResultAsync(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var (name, header) in headers ?? new Dictionary<string, string>())
        {
            context.HttpContext.Response.Headers[name] = header;
        }

        return WriteAsync(context.HttpContext.Response, value, status);
    }
}
