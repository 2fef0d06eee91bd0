using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Net.Http.Headers;

namespace Taxonomy.Api.Security;

/// <summary>
/// Cross-origin access: any web page may read (GET and HEAD), as the framework is public; only the
/// origins in <c>Taxonomy:Cors:WriteOrigins</c> may write, so that a page elsewhere cannot use a
/// key an editor pasted into it. The policy is chosen by the method a request (or a preflight's
/// Access-Control-Request-Method) names. No cookies or credentials are involved: keys travel in
/// X-Api-Key, which the browser sends only when the page's script does.
/// </summary>
internal sealed class CorsPolicies : ICorsPolicyProvider
{
    public const string Setting = "Taxonomy:Cors:WriteOrigins";

    private static readonly string[] AllowedHeaders = [ApiKeyAuthenticationHandler.HeaderName, HeaderNames.ContentType, HeaderNames.IfMatch, HeaderNames.IfNoneMatch];
    private static readonly string[] ExposedHeaders = [HeaderNames.ETag, HeaderNames.Location, HeaderNames.Link, HeaderNames.RetryAfter];

    private readonly CorsPolicy _reads = new CorsPolicyBuilder()
        .AllowAnyOrigin().WithMethods(HttpMethods.Get, HttpMethods.Head).WithHeaders(AllowedHeaders).WithExposedHeaders(ExposedHeaders).Build();

    private readonly CorsPolicy _writes;

    public CorsPolicies(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var origins = configuration.GetSection(Setting).Get<string[]>() ?? [];
        foreach (var (origin, index) in origins.Select((origin, index) => (origin, index)))
        {
            // An origin is a scheme, host and port; a path or a trailing slash would never match one.
            if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri) || uri.GetLeftPart(UriPartial.Authority) != origin)
            {
                throw new InvalidOperationException($"{Setting}:{index} is '{origin}', which is not an origin such as https://editor.example.org (scheme, host and port, no path).");
            }
        }

        // With no origins, a policy that allows none: the preflight is answered, without permission.
        _writes = new CorsPolicyBuilder()
            .WithOrigins(origins).WithMethods(HttpMethods.Get, HttpMethods.Head, HttpMethods.Post, HttpMethods.Put, HttpMethods.Delete)
            .WithHeaders(AllowedHeaders).WithExposedHeaders(ExposedHeaders).Build();
    }

    public Task<CorsPolicy?> GetPolicyAsync(HttpContext context, string? policyName)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        var method = HttpMethods.IsOptions(request.Method) && request.Headers.AccessControlRequestMethod.Count > 0
            ? request.Headers.AccessControlRequestMethod.ToString()
            : request.Method;
        return Task.FromResult<CorsPolicy?>(HttpMethods.IsGet(method) || HttpMethods.IsHead(method) ? _reads : _writes);
    }
}
