using Taxonomy.Api.OpenApi;

namespace Taxonomy.Api.Security;

/// <summary>
/// Headers that tell browsers to treat every answer as exactly what it says it is: no MIME
/// sniffing (a Markdown page holding HTML must not run as HTML), no framing (clickjacking), no
/// Referer leaking URLs, and a Content-Security-Policy that lets nothing load or run, except the
/// Swagger UI's own scripts and styles under /swagger.
/// </summary>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    private const string ApiPolicy = "default-src 'none'; frame-ancestors 'none'";

    // Swagger UI sets styles inline and draws icons as data: images; it loads nothing from elsewhere.
    private const string SwaggerUiPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        // Set as the answer starts: the exception handler clears the headers of a failed request.
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments(ApiDocumentation.SwaggerUiPath, StringComparison.OrdinalIgnoreCase) ? SwaggerUiPolicy : ApiPolicy;
            return Task.CompletedTask;
        });
        return next(context);
    }
}
