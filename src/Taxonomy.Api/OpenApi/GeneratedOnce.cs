using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;
using Taxonomy.Api.Caching;

namespace Taxonomy.Api.OpenApi;

/// <summary>
/// Serves each OpenAPI document as it was first generated in this process. The document depends
/// only on the code and configuration the process started with, and generating it walks every
/// route and schema: hundreds of milliseconds of CPU and about 0.75 MB for each request that would
/// otherwise ask for it, on a route no limit applies to. It is kept as it was written and in each
/// coding a client asks for (<see cref="ContentCoding"/>), each with a strong ETag that hashes its
/// bytes, so a client that kept a copy gets 304 until the API is redeployed with another document.
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

        var document = new Document(written.ToArray(), context.Response.ContentType ?? "application/json;charset=utf-8");
        _documents.TryAdd(name, document);
        return document.Result(context);
    }

    private sealed class Document(byte[] json, string contentType)
    {
        /// <summary>The document's bytes and ETag in each coding, made when first asked for; the key "" is the document as written.</summary>
        private readonly ConcurrentDictionary<string, Lazy<(byte[] Body, EntityTagHeaderValue ETag)>> _codings = new(StringComparer.Ordinal);

        /// <summary>The document in the coding the request accepts, or 304 for a request whose If-None-Match names it.</summary>
        public IResult Result(HttpContext context)
        {
            var coding = ContentCoding.Choose(context.Request) ?? "";
            var (body, etag) = _codings.GetOrAdd(coding, _ => new(() => Code(coding))).Value;
            context.Response.Headers.CacheControl = ConditionalGetMiddleware.CacheControl;
            context.Response.Headers.Vary = HeaderNames.AcceptEncoding;
            if (coding.Length > 0)
            {
                context.Response.Headers.ContentEncoding = coding;
            }

            return Results.Bytes(body, contentType, entityTag: etag);
        }

        private (byte[] Body, EntityTagHeaderValue ETag) Code(string coding)
        {
            var body = json;
            if (coding.Length > 0)
            {
                using var coded = new MemoryStream();
                using (var stream = ContentCoding.Coding(coded, coding))
                {
                    stream.Write(json);
                }

                body = coded.ToArray();
            }

            return (body, new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(SHA256.HashData(body))[..32]}\""));
        }
    }
}
