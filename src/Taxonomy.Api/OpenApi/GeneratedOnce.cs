using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace Taxonomy.Api.OpenApi;

/// <summary>
/// Serves each OpenAPI document as it was first generated in this process. The document depends
/// only on the code and configuration the process started with, and generating it walks every
/// route and schema: hundreds of milliseconds of CPU and about 0.75 MB for each request that would
/// otherwise ask for it, on a route no limit applies to. Its ETag is a hash of its bytes, so a
/// client that kept a copy gets 304 until the API is redeployed with a different document.
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
            return kept.Result(context);
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

        var bytes = written.ToArray();
        var document = new Document(bytes, context.Response.ContentType ?? "application/json;charset=utf-8", new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(SHA256.HashData(bytes))[..32]}\""));
        _documents.TryAdd(name, document);
        return document.Result(context);
    }

    private sealed record Document(byte[] Body, string ContentType, EntityTagHeaderValue ETag)
    {
        /// <summary>The document, or 304 for a request whose If-None-Match names it.</summary>
        public IResult Result(HttpContext context)
        {
            context.Response.Headers.CacheControl = Caching.ConditionalGetMiddleware.CacheControl;
            return Results.Bytes(Body, ContentType, entityTag: ETag);
        }
    }
}
