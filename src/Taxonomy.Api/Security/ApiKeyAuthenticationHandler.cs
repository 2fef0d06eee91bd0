using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Taxonomy.Api.Limits;

namespace Taxonomy.Api.Security;

/// <summary>
/// Authenticates a request by the <c>X-Api-Key</c> header against the configured keys
/// (<see cref="ApiKeys"/>): the key's name becomes the user's name, and its role the roles it
/// holds. With no key configured nobody may write.
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ApiKeys keys,
    WrongKeyThrottle throttle)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string HeaderName = "X-Api-Key";

    private const string ThrottledFor = "Taxonomy.WrongKeyThrottledFor";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!PresentsKey(Request))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var presented = Request.Headers[HeaderName].ToString();
        var client = ExpensiveReads.ClientOf(Context);
        if (!throttle.MayTry(client, out var retryAfter))
        {
            Context.Items[ThrottledFor] = retryAfter;
            return Task.FromResult(AuthenticateResult.Fail("Too many wrong API keys from this client."));
        }

        if (keys.Find(presented) is not { } key)
        {
            throttle.Failed(client);
            return Task.FromResult(AuthenticateResult.Fail("The API key is not one of the configured keys."));
        }

        var claims = Roles.Held(key.Role).Select(role => new Claim(ClaimTypes.Role, role)).Prepend(new Claim(ClaimTypes.Name, key.Name));
        var identity = new ClaimsIdentity(claims, SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }

    protected override async Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        if (Context.Items[ThrottledFor] is TimeSpan wait)
        {
            await ExpensiveReads.TooManyAsync(Context, wait, "Too many wrong API keys from this client.", $"This client sent more than {throttle.PerMinute} wrong API keys in a minute (setting {RequestLimits.Section}:FailedKeysPerMinute), so its keys are not checked until Retry-After has passed.");
            return;
        }

        Response.Headers.WWWAuthenticate = $"{SchemeName} header=\"{HeaderName}\"";
        Response.StatusCode = StatusCodes.Status401Unauthorized;

        // Which of the three it is tells a client what to fix, and names no key.
        var detail = !keys.Any ? $"This server has no API keys configured ({ApiKeys.Setting}), so nothing can be written through it."
            : !PresentsKey(Request) ? $"This route needs an API key in the {HeaderName} header."
            : $"The key in the {HeaderName} header is not one of this server's keys.";
        var problem = new ProblemDetails { Status = StatusCodes.Status401Unauthorized, Title = "An API key is needed.", Detail = detail };
        await Context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext { HttpContext = Context, ProblemDetails = problem });
    }

    private static bool PresentsKey(HttpRequest request) => !string.IsNullOrEmpty(request.Headers[HeaderName].ToString());
}
