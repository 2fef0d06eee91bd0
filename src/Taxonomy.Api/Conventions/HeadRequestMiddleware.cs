namespace Taxonomy.Api.Conventions;

/// <summary>
/// Answers HEAD on every GET route with the GET's status and headers and no body (RFC 9110, 9.3.2).
/// MVC's [HttpGet] does not match HEAD, so the request is routed and handled as the GET it stands
/// for, and what the GET writes is dropped: the ETag, Content-Length, 304s and server-side copies
/// are those of the GET. A route with no GET answers 405, as it does to a GET.
/// </summary>
internal sealed class HeadRequestMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await next(context);
            return;
        }

        var body = context.Response.Body;
        context.Request.Method = HttpMethods.Get;
        context.Response.Body = Stream.Null;

        // The server must know the answer is to a HEAD when it sends the headers, or it would
        // expect the Content-Length the GET declares to follow them.
        context.Response.OnStarting(() =>
        {
            context.Request.Method = HttpMethods.Head;
            return Task.CompletedTask;
        });
        try
        {
            await next(context);
        }
        finally
        {
            context.Request.Method = HttpMethods.Head;
            context.Response.Body = body;
        }
    }
}
