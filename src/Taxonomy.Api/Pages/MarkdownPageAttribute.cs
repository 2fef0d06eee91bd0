using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Net.Http.Headers;

namespace Taxonomy.Api.Pages;

/// <summary>
/// Lets a client ask an object's API resource for DISARM's page of the object, by preferring
/// text/markdown in Accept; the JSON answer is unchanged for everyone else.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class MarkdownPageAttribute : TypeFilterAttribute
{
    /// <param name="type">The type of the object, one that DISARM publishes pages of.</param>
    public MarkdownPageAttribute(DisarmType type)
        : base(typeof(MarkdownPageFilter))
    {
        ArgumentNullException.ThrowIfNull(type);
        Arguments = [type];
    }
}

internal sealed class MarkdownPageFilter(PageSource pages, DisarmType type) : IAsyncResourceFilter
{
    private static readonly MediaTypeHeaderValue Markdown = new("text/markdown");

    public async Task OnResourceExecutionAsync(ResourceExecutingContext context, ResourceExecutionDelegate next)
    {
        context.HttpContext.Response.Headers.Append(HeaderNames.Vary, HeaderNames.Accept);
        if (!PrefersMarkdown(context.HttpContext.Request))
        {
            await next();
            return;
        }

        var id = Disarm.Lookups.RouteId(type, context.RouteData.Values["id"]?.ToString());
        context.Result = await pages.RenderAsync($"{type.PageFolder}/{id}.md", context.HttpContext.RequestAborted)
            ?? throw new ResourceNotFoundException($"There is no {type.Kind} {id}.");
    }

    /// <summary>Markdown only when the client ranks it above JSON, so that "*/*" still gets JSON.</summary>
    public static bool PrefersMarkdown(HttpRequest request)
    {
        var accepted = request.GetTypedHeaders().Accept;
        var markdown = accepted.Where(a => a.MediaType.Equals(Markdown.MediaType, StringComparison.OrdinalIgnoreCase)).Select(a => a.Quality ?? 1).DefaultIfEmpty(0).Max();
        var json = accepted.Where(a => a.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)).Select(a => a.Quality ?? 1).DefaultIfEmpty(0).Max();
        return markdown > 0 && markdown > json;
    }
}
