using System.Collections.Concurrent;

namespace Taxonomy.Api.OpenApi;

/// <summary>
/// Serves each OpenAPI document as it was first generated in this process. The document depends
/// only on the code and configuration the process started with, and generating it walks every
/// route and schema: hundreds of milliseconds of CPU and about 0.75 MB for each request that would
/// otherwise ask for it, on a route no limit applies to.
/// </summary>
internal sealed class GeneratedOnce
{
    /// <summary>Only documents that exist are kept, so it holds at most one entry per document the API defines.</summary>
    private readonly ConcurrentDictionary<string, Document> _documents = new(StringComparer.Ordinal);

    public async ValueTask<object?> ServeAsync(EndpointFilterInvocationContext invocation, EndpointFilterDelegate next)
    {
        var context = invocation.HttpContext;
        var name = context.GetRouteValue("documentName") as string ?? "";
        if (_documents.TryGetValue(name, out var kept))
        {
            return kept.Result();
        }

        // The endpoint writes the document to the response itself; it is caught here instead.
        var body = context.Response.Body;
        using var written = new MemoryStream();
        context.Response.Body = written;
        object? result;
        try
        {
            result = await next(invocation);
        }
        finally
        {
            context.Response.Body = body;
        }

        if (context.Response.StatusCode != StatusCodes.Status200OK || written.Length == 0)
        {
            // A document that does not exist (404) is answered as the endpoint answers it.
            written.Position = 0;
            await written.CopyToAsync(body, context.RequestAborted);
            return result;
        }

        var document = new Document(written.ToArray(), context.Response.ContentType ?? "application/json;charset=utf-8");
        _documents.TryAdd(name, document);
        return document.Result();
    }

    private sealed record Document(byte[] Body, string ContentType)
    {
        public IResult Result() => Results.Bytes(Body, ContentType);
    }
}
