using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace Taxonomy.Api.Tests.Fuzzing;

/// <summary>
/// Judges each answer against the OpenAPI document and keeps every distinct failure, grouped by
/// operation, status and what is wrong, with the smallest request that showed it.
/// </summary>
/// <remarks>
/// An answer fails when it is a 5xx, when its status is not one the operation documents, or when
/// it is a 4xx or 5xx that is not RFC 9457 problem details (application/problem+json with type,
/// title and status). One status may come from any GET without being documented: 304, to a
/// request that asked for it with If-None-Match or If-Modified-Since, because that is HTTP's
/// answer to the question the client asked and not something the operation does. Nothing else is
/// let through on every operation: 405 cannot arise (only documented methods are sent), and 429
/// and 503 are documented per operation once the API answers them. Under /taxii2 an error must be
/// a TAXII error message instead, TAXII's own format for errors.
/// </remarks>
internal sealed class FailureLog(ServerExceptions exceptions)
{
    private readonly ConcurrentDictionary<string, Failure> _failures = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<int, int> _statuses = new();

    public int Count => _failures.Count;

    public IReadOnlyDictionary<int, int> Statuses => _statuses;

    public void Check(int index, FuzzRequest request, HttpResponseMessage response, byte[] body)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(response);
        var status = (int)response.StatusCode;
        _statuses.AddOrUpdate(status, 1, (_, count) => count + 1);
        var contentType = response.Content.Headers.ContentType;
        var documented = request.Operation.Statuses.Contains(status)
            || (status == 304 && request.Operation.Method == "GET" && (request.Has("If-None-Match") || request.Has("If-Modified-Since")));
        var fault = status >= 500 ? "server error"
            : !documented ? $"status not documented (documented: {string.Join(", ", request.Operation.Statuses.Order())})"
            : status >= 400 && request.Operation.Path.StartsWith("/taxii2", StringComparison.Ordinal) ? TaxiiErrorFault(status, contentType, body)
            : status >= 400 ? ProblemFault(status, contentType, body)
            : null;
        if (fault is null)
        {
            return;
        }

        var answer = $"{status} {contentType?.ToString() ?? "(no content type)"}, body ({body.Length} bytes): {FuzzRequest.Printable(body)}";
        if (status >= 500 && exceptions.Of(TraceId(body)) is { } exception)
        {
            // Two causes of a 500 on one operation are two failures, not one hiding the other.
            fault += $" ({exception.GetType().Name})";
            answer += Environment.NewLine + "  thrown:   " + string.Join(Environment.NewLine + "    ", exception.ToString().Split('\n').Take(6).Select(line => line.TrimEnd()));
        }

        Add($"{request.Operation.Name} → {status}: {fault}", index, request, answer);
    }

    public void NoAnswer(int index, FuzzRequest request, Exception exception)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(exception);
        Add($"{request.Operation.Name} → no answer: {exception.GetType().Name}", index, request, exception.ToString());
    }

    public string Report(string header)
    {
        var report = new StringBuilder(header).AppendLine();
        var number = 0;
        foreach (var (group, failure) in _failures.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            report.AppendLine()
                .Append('[').Append(++number).Append("] ").Append(group)
                .Append(" (").Append(failure.Count).Append(failure.Count == 1 ? " request" : " requests").Append("; the smallest, case ").Append(failure.Index).AppendLine("):")
                .Append("  request:  ").Append(failure.Request)
                .Append("  response: ").AppendLine(failure.Response);
        }

        return report.ToString();
    }

    private void Add(string group, int index, FuzzRequest request, string response) =>
        _failures.AddOrUpdate(
            group,
            _ => new Failure(1, index, request, response),
            (_, kept) => request.Size < kept.Request.Size || (request.Size == kept.Request.Size && index < kept.Index)
                ? new Failure(kept.Count + 1, index, request, response)
                : kept with { Count = kept.Count + 1 });

    private static string? TraceId(byte[] body)
    {
        try
        {
            using var problem = JsonDocument.Parse(body);
            return problem.RootElement.ValueKind == JsonValueKind.Object && problem.RootElement.TryGetProperty("traceId", out var traceId) ? traceId.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>What keeps the body from being RFC 9457 problem details, read in the charset it declares (a client may ask for UTF-16).</summary>
    private static string? ProblemFault(int status, MediaTypeHeaderValue? contentType, byte[] body)
    {
        if (contentType?.MediaType != "application/problem+json")
        {
            return $"answered {contentType?.MediaType ?? "no content type"}, not application/problem+json";
        }

        try
        {
            var encoding = contentType.CharSet is { Length: > 0 } charset ? Encoding.GetEncoding(charset) : Encoding.UTF8;
            using var problem = JsonDocument.Parse(encoding.GetString(body));
            var root = problem.RootElement;
            return root.ValueKind == JsonValueKind.Object
                && root.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String
                && root.TryGetProperty("title", out var title) && title.ValueKind == JsonValueKind.String
                && root.TryGetProperty("status", out var problemStatus) && problemStatus.TryGetInt32(out var value) && value == status
                ? null
                : "problem details without type, title or a status equal to the response's";
        }
        catch (Exception exception) when (exception is JsonException or ArgumentException)
        {
            return "application/problem+json that is not JSON in the charset it declares";
        }
    }

    /// <summary>
    /// What keeps the body from being a TAXII error message (TAXII 2.1, 3.6.1), which TAXII routes
    /// answer instead of problem details: the TAXII media type, a title and http_status equal to the status.
    /// </summary>
    private static string? TaxiiErrorFault(int status, MediaTypeHeaderValue? contentType, byte[] body)
    {
        if (contentType?.MediaType != "application/taxii+json" || !contentType.Parameters.Any(p => p.Name == "version" && p.Value == "2.1"))
        {
            return $"answered {contentType?.ToString() ?? "no content type"} on a TAXII route, not application/taxii+json;version=2.1";
        }

        try
        {
            using var error = JsonDocument.Parse(body);
            var root = error.RootElement;
            return root.ValueKind == JsonValueKind.Object
                && root.TryGetProperty("title", out var title) && title.ValueKind == JsonValueKind.String
                && root.TryGetProperty("http_status", out var httpStatus) && httpStatus.GetString() == status.ToString(System.Globalization.CultureInfo.InvariantCulture)
                ? null
                : "TAXII error message without a title or an http_status equal to the response's";
        }
        catch (JsonException)
        {
            return "TAXII error message that is not JSON";
        }
    }

    /// <param name="Count">How many requests failed so.</param>
    /// <param name="Index">The case number of the request shown.</param>
    /// <param name="Request">The smallest request that failed so.</param>
    /// <param name="Response">What it was answered.</param>
    private sealed record Failure(int Count, int Index, FuzzRequest Request, string Response);
}
