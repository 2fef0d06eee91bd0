using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Taxonomy.Api.Limits;

/// <summary>
/// Reads whose answer is rendered from many rows (DISARM's pages, the grids, search), marked
/// <c>[EnableRateLimiting(ExpensiveReads.Policy)]</c>. Both limits below sit behind the response
/// cache, so they meet only answers that are rendered: a client asking again for a cached page
/// costs nothing and is not counted.
/// - Per client: a token bucket (ASP.NET Core's rate limiter), 429 with Retry-After beyond it.
/// - All clients together: at most <see cref="RequestLimits.ConcurrentRenders"/> at once, the next
///   <see cref="RequestLimits.RenderQueue"/> waiting in line, and 503 with Retry-After beyond, so
///   that a flood of cache-busting requests costs the memory of a few renders, not of all.
///   Streamed answers ([StreamedAnswer], the STIX bundle) have slots of their own
///   (<see cref="RequestLimits.ConcurrentExports"/>, <see cref="RequestLimits.ExportQueue"/>).
/// </summary>
internal static class ExpensiveReads
{
    public const string Policy = "expensive-reads";

    public static void AddExpensiveReadLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RequestLimits>(configuration.GetSection(RequestLimits.Section));
        services.AddSingleton(provider =>
        {
            var limits = provider.GetRequiredService<IOptions<RequestLimits>>().Value;
            return new RenderSlots(Slots(limits.ConcurrentRenders, limits.RenderQueue), Slots(limits.ConcurrentExports, limits.ExportQueue));
        });
        services.AddRateLimiter(options =>
        {
            options.AddPolicy(Policy, context =>
            {
                var limits = context.RequestServices.GetRequiredService<IOptions<RequestLimits>>().Value;
                return RateLimitPartition.GetTokenBucketLimiter(ClientOf(context), _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = limits.ExpensiveReadBurst,
                    TokensPerPeriod = limits.ExpensiveReadsPerSecond,
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    QueueLimit = 0,
                });
            });
            options.OnRejected = (context, cancellationToken) =>
            {
                var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromSeconds(1);
                return TooManyAsync(context.HttpContext, wait, "Too many expensive requests from this client.", $"This client asked for more than {BurstOf(context.HttpContext)} rendered pages, grids or searches in a burst, or more than {RateOf(context.HttpContext)} a second (settings {RequestLimits.Section}:ExpensiveReadBurst and ExpensiveReadsPerSecond). Answers already cached do not count.");
            };
        });
    }

    /// <summary>Where the limits are applied: behind the response cache (cached answers pass untouched), before the endpoint.</summary>
    public static void UseExpensiveReadLimits(this WebApplication app)
    {
        app.UseRateLimiter();
        app.UseMiddleware<RenderSlotMiddleware>();
    }

    private static ConcurrencyLimiter Slots(int permits, int queue) => new(new ConcurrencyLimiterOptions
    {
        PermitLimit = permits,
        QueueLimit = queue,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    });

    /// <summary>The client a limit counts requests of: its IP address (every request through one proxy counts as one client).</summary>
    public static string ClientOf(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "";

    /// <summary>A 429 problem with Retry-After in whole seconds, at least one.</summary>
    public static async ValueTask TooManyAsync(HttpContext context, TimeSpan wait, string title, string detail)
    {
        context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        await WriteAsync(context, new ProblemDetails { Status = StatusCodes.Status429TooManyRequests, Title = title, Detail = detail });
    }

    private static ValueTask WriteAsync(HttpContext context, ProblemDetails problem)
    {
        context.Response.StatusCode = problem.Status!.Value;
        return context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
    }

    private static int BurstOf(HttpContext context) => context.RequestServices.GetRequiredService<IOptions<RequestLimits>>().Value.ExpensiveReadBurst;

    private static int RateOf(HttpContext context) => context.RequestServices.GetRequiredService<IOptions<RequestLimits>>().Value.ExpensiveReadsPerSecond;

    private static bool IsExpensive(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName == Policy;

    /// <summary>The render slots all clients share, and the slots of streamed answers.</summary>
    internal sealed record RenderSlots(ConcurrencyLimiter Renders, ConcurrencyLimiter Exports);

    private sealed class RenderSlotMiddleware(RequestDelegate next, RenderSlots slots, IOptions<RequestLimits> limits)
    {
        public async Task InvokeAsync(HttpContext context)
        {
            if (!IsExpensive(context))
            {
                await next(context);
                return;
            }

            var streamed = context.GetEndpoint()?.Metadata.GetMetadata<Caching.StreamedAnswerAttribute>() is not null;
            using var slot = await (streamed ? slots.Exports : slots.Renders).AcquireAsync(1, context.RequestAborted);
            if (!slot.IsAcquired)
            {
                var problem = streamed
                    ? Errors.Problems.Busy(context.Response, "Too many STIX bundles are being written.", $"{limits.Value.ConcurrentExports} are being written and {limits.Value.ExportQueue} more are waiting (settings {RequestLimits.Section}:ConcurrentExports and ExportQueue). Retry later.")
                    : Errors.Problems.Busy(context.Response, "Too many pages, grids and searches are being rendered.", $"{limits.Value.ConcurrentRenders} are being rendered and {limits.Value.RenderQueue} more are waiting (settings {RequestLimits.Section}:ConcurrentRenders and RenderQueue). Retry later.");
                await WriteAsync(context, problem);
                return;
            }

            await next(context);
        }
    }
}
