using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;
using Taxonomy.Api.Limits;
using Taxonomy.Api.Taxii;

namespace Taxonomy.Api.Caching;

/// <summary>
/// HTTP caching for every read of the API, its pages and TAXII: a strong ETag made from the data's version and the request
/// (path, query and Accept), unless the answer has one of its own (one object's JSON carries its
/// version's), 304 for a matching If-None-Match, and a server-side copy of each
/// answer asked for more than once (<see cref="CacheAdmission"/>). Because the key includes the data version, any committed write, from the API or from
/// an import in another process, makes every earlier copy unreachable: an answer is never served
/// from a cache after the data it shows has changed. Writes are rare, so invalidating everything
/// on each one costs little and needs no bookkeeping of which page shows which object.
/// </summary>
internal sealed class ConditionalGetMiddleware(RequestDelegate next, IMemoryCache cache, IOptions<RequestLimits> limits)
{
    public const string CacheControl = "public, no-cache";

    /// <summary>What an answer depends on besides its URL: its media type and its coding.</summary>
    private static readonly string Vary = $"{HeaderNames.Accept}, {HeaderNames.AcceptEncoding}";

    // Answers being made, by ETag: a request that misses the cache while another makes the same
    // answer waits for it instead of making it again. After a write every cached copy is stale, and
    // the red framework page at 100 times DISARM's size takes half a second and 4 MB to render:
    // thirty clients asking for it at once would otherwise render it thirty times over, together.
    private readonly ConcurrentDictionary<string, Task<CachedAnswer?>> _making = new(StringComparer.Ordinal);

    /// <summary>The headers that are part of an answer, and so are kept and served with it: a list page's next, the coding, a TAXII page's times.</summary>
    private static readonly string[] KeptHeaders = [HeaderNames.Link, HeaderNames.ContentEncoding, TaxiiPage.DateAddedFirstHeader, TaxiiPage.DateAddedLastHeader];

    // About 2 MB of keys: more than the distinct answers of the whole v1.7 framework.
    private readonly CacheAdmission _admission = new(16_384);

    public async Task InvokeAsync(HttpContext context)
    {
        if (!HttpMethods.IsGet(context.Request.Method) || !IsCacheable(context.Request.Path))
        {
            await next(context);
            return;
        }

        var coding = ContentCoding.Choose(context.Request);
        var etag = ETagFor(context.Request, context.RequestServices.GetRequiredService<DatabaseScope>().DataToken(), coding);
        if (Matches(context.Request, etag))
        {
            NotModified(context.Response, etag);
            return;
        }

        if (context.GetEndpoint()?.Metadata.GetMetadata<StreamedAnswerAttribute>() is not null)
        {
            await StreamAsync(context, etag, coding);
            return;
        }

        var key = etag.Tag.Value!;
        if (cache.TryGetValue(key, out CachedAnswer? cached))
        {
            // An answer with an ETag of its own (one object's version) is matched against that one.
            // "*" matches any answer there is, and only 200s are cached.
            var validator = cached!.ETag ?? etag;
            if (MatchesAny(context.Request) || (cached.ETag is { } own && Matches(context.Request, own)))
            {
                NotModified(context.Response, validator);
                return;
            }

            await ServeAsync(context, etag, cached);
            return;
        }

        var making = new TaskCompletionSource<CachedAnswer?>(TaskCreationOptions.RunContinuationsAsynchronously);
        var made = _making.GetOrAdd(key, making.Task);
        if (made != making.Task)
        {
            _admission.Saw(key);

            // Null when the other request's answer is not one to share (a problem, say): make our own.
            if (await made.WaitAsync(context.RequestAborted) is { } answer)
            {
                if (MatchesAny(context.Request))
                {
                    NotModified(context.Response, answer.ETag ?? etag);
                    return;
                }

                await ServeAsync(context, etag, answer);
                return;
            }

            await MakeAsync(context, etag, coding, shared: null);
            return;
        }

        try
        {
            await MakeAsync(context, etag, coding, making);
        }
        finally
        {
            making.TrySetResult(null);
            _making.TryRemove(KeyValuePair.Create(key, made));
        }
    }

    /// <summary>
    /// Runs the rest of the pipeline, hands a 200 answer to the requests waiting on
    /// <paramref name="shared"/> and, if it is made for the second time, keeps a copy, then sends
    /// it. An answer longer than <see cref="RequestLimits.BufferedAnswerBytes"/> is sent as it is written instead,
    /// and neither shared nor kept (see <see cref="AnswerBuffer"/>). Either is coded when
    /// <paramref name="coding"/> is given and the answer suits it (see <see cref="ContentCoding"/>).
    /// </summary>
    private async Task MakeAsync(HttpContext context, EntityTagHeaderValue etag, string? coding, TaskCompletionSource<CachedAnswer?>? shared)
    {
        var original = context.Response.Body;
        await using var passed = new CodedBody(context.Response, original, coding);
        await using var buffer = new AnswerBuffer(passed, limits.Value.BufferedAnswerBytes, discardPastLimit: MatchesAny(context.Request));
        context.Response.Body = buffer;
        context.Response.OnStarting(() =>
        {
            if (context.Response.StatusCode is StatusCodes.Status200OK or StatusCodes.Status304NotModified)
            {
                SetValidators(context.Response, OwnETag(context.Response) ?? etag);
            }

            return Task.CompletedTask;
        });
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        // A coded answer is a body of its own. Otherwise the answer is sent from where it is held,
        // and copied only to be kept and shared: an answer asked for once (a cache-busting query,
        // a crawler) would make the copy for the collector alone.
        var held = buffer.PassedLimit ? 0 : buffer.HeldLength;
        var key = etag.Tag.Value!;
        AnswerBody? body = null;
        if (coding is not null && held >= ContentCoding.MinBytes && ContentCoding.Suits(context.Response))
        {
            body = ContentCoding.Code(buffer, coding);
            context.Response.Headers.ContentEncoding = coding;
        }

        // A request waiting for this answer has been seen (CacheAdmission.Saw), so the answer is
        // admitted and shared. Should the admission have forgotten it meanwhile, the waiting
        // requests are given none and make their own.
        if (context.Response.StatusCode == StatusCodes.Status200OK && !buffer.PassedLimit && _admission.Admits(key))
        {
            body ??= buffer.Body();
            var headers = KeptHeaders.Where(name => context.Response.Headers.ContainsKey(name)).Select(name => KeyValuePair.Create(name, context.Response.Headers[name])).ToArray();
            var answer = new CachedAnswer(context.Response.ContentType ?? "", body, OwnETag(context.Response), headers);
            shared?.TrySetResult(answer);
            cache.Set(key, answer, new MemoryCacheEntryOptions { Size = body.Length, SlidingExpiration = TimeSpan.FromMinutes(10) });
        }

        // "If-None-Match: *" asks for the answer only if there is none: whether there is, the
        // request had to be answered to know (RFC 9110, 13.1.2).
        if (context.Response.StatusCode == StatusCodes.Status200OK && MatchesAny(context.Request))
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            context.Response.ContentLength = null;
            context.Response.Headers.ContentType = default;
            return;
        }

        // An empty answer is left unstarted, so that the status-code pages can still give a 404
        // from routing its problem body.
        var length = body?.Length ?? held;
        if (length > 0)
        {
            // Known here, so sent, also to HEAD, rather than left for the server to chunk.
            context.Response.ContentLength = length;
            await (body is not null ? body.WriteToAsync(original, context.RequestAborted) : buffer.WriteHeldToAsync(original, context.RequestAborted));
        }
    }

    /// <summary>Passes a streamed answer through, coded if <paramref name="coding"/> is given, with the data version's validators on a 200.</summary>
    private async Task StreamAsync(HttpContext context, EntityTagHeaderValue etag, string? coding)
    {
        if (MatchesAny(context.Request))
        {
            // Whether there is an answer is known only by making it; a streamed one always exists.
            NotModified(context.Response, etag);
            return;
        }

        context.Response.OnStarting(() =>
        {
            if (context.Response.StatusCode == StatusCodes.Status200OK)
            {
                SetValidators(context.Response, etag);
            }

            return Task.CompletedTask;
        });
        var original = context.Response.Body;
        await using var coded = new CodedBody(context.Response, original, coding);
        context.Response.Body = coded;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }
    }

    private static async Task ServeAsync(HttpContext context, EntityTagHeaderValue etag, CachedAnswer answer)
    {
        SetValidators(context.Response, answer.ETag ?? etag);
        context.Response.ContentType = answer.ContentType;
        foreach (var (name, value) in answer.Headers)
        {
            context.Response.Headers[name] = value;
        }

        context.Response.ContentLength = answer.Body.Length;
        await answer.Body.WriteToAsync(context.Response.Body, context.RequestAborted);
    }

    private static bool IsCacheable(PathString path) =>
        path.StartsWithSegments("/api/v1", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/generated_pages", StringComparison.Ordinal)
        || path.StartsWithSegments("/taxii2", StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether If-None-Match names this ETag; GET compares weakly (RFC 9110, 13.1.2).</summary>
    public static bool Matches(HttpRequest request, EntityTagHeaderValue etag) =>
        request.GetTypedHeaders().IfNoneMatch.Any(tag => !tag.Equals(EntityTagHeaderValue.Any) && tag.Compare(etag, useStrongComparison: false));

    private static bool MatchesAny(HttpRequest request) => request.GetTypedHeaders().IfNoneMatch.Any(tag => tag.Equals(EntityTagHeaderValue.Any));

    private static void NotModified(HttpResponse response, EntityTagHeaderValue etag)
    {
        response.StatusCode = StatusCodes.Status304NotModified;
        SetValidators(response, etag);
    }

    private static void SetValidators(HttpResponse response, EntityTagHeaderValue etag)
    {
        response.Headers.ETag = etag.ToString();
        response.Headers.CacheControl = CacheControl;
        response.Headers.Vary = Vary;
    }

    private static EntityTagHeaderValue ETagFor(HttpRequest request, string dataVersion, string? coding)
    {
        var key = $"{dataVersion}\n{request.Path}\n{request.QueryString}\n{request.Headers.Accept}\n{coding}";
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        return new EntityTagHeaderValue($"\"{Convert.ToBase64String(hash, 0, 18).Replace('+', '-').Replace('/', '_')}\"");
    }

    /// <summary>The ETag an action gave its answer itself (an object's version), or null.</summary>
    private static EntityTagHeaderValue? OwnETag(HttpResponse response) =>
        EntityTagHeaderValue.TryParse(response.Headers.ETag.ToString(), out var own) ? own : null;

    /// <param name="ContentType">The answer's media type.</param>
    /// <param name="Body">The answer.</param>
    /// <param name="ETag">The answer's own ETag, when its action gave it one; else the data version's is used.</param>
    /// <param name="Headers">Those of <see cref="KeptHeaders"/> the answer has.</param>
    private sealed record CachedAnswer(string ContentType, AnswerBody Body, EntityTagHeaderValue? ETag, KeyValuePair<string, StringValues>[] Headers);
}
