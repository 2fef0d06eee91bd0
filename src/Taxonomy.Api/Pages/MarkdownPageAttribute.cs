using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Net.Http.Headers;
using Taxonomy.Api.Controllers;
using Taxonomy.Api.Errors;
using Taxonomy.Domain;

namespace Taxonomy.Api.Pages;

/// <summary>
/// Lets a client ask an object's API resource for DISARM's page of the object, by preferring
/// text/markdown in Accept; the JSON answer is unchanged for everyone else.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class MarkdownPageAttribute : TypeFilterAttribute
{
    /// <param name="folder">The object's folder under generated_pages/ ("techniques").</param>
    public MarkdownPageAttribute(string folder)
        : base(typeof(MarkdownPageFilter))
    {
        Folder = folder;
        Arguments = [folder];
    }

    public string Folder { get; }
}

internal sealed class MarkdownPageFilter(PageSource pages, string folder) : IAsyncResourceFilter
{
    private static readonly MediaTypeHeaderValue Markdown = new("text/markdown");

    private static readonly Dictionary<string, DisarmIdFormat> IdFormats = new(StringComparer.Ordinal)
    {
        ["techniques"] = DisarmIds.Technique,
        ["incidents"] = DisarmIds.Incident,
        ["counters"] = DisarmIds.Counter,
        ["tactics"] = DisarmIds.Tactic,
        ["phases"] = DisarmIds.Phase,
        ["tasks"] = DisarmIds.Task,
        ["actortypes"] = DisarmIds.ActorType,
        ["metatechniques"] = DisarmIds.Metatechnique,
    };

    public async Task OnResourceExecutionAsync(ResourceExecutingContext context, ResourceExecutionDelegate next)
    {
        context.HttpContext.Response.Headers.Append(HeaderNames.Vary, HeaderNames.Accept);
        if (!PrefersMarkdown(context.HttpContext.Request))
        {
            await next();
            return;
        }

        var idFormat = IdFormats[folder];
        var id = Persistence.Lookups.RouteId(idFormat, context.RouteData.Values["id"]?.ToString());
        var page = await pages.RenderAsync($"{folder}/{id}.md", context.HttpContext.RequestAborted)
            ?? throw new ResourceNotFoundException($"There is no {idFormat.Kind} {id}.");
        context.Result = new ContentResult { Content = page, ContentType = PagesController.Markdown, StatusCode = StatusCodes.Status200OK };
    }

    /// <summary>Markdown only when the client ranks it above JSON, so that "*/*" still gets JSON.</summary>
    private static bool PrefersMarkdown(HttpRequest request)
    {
        var accepted = request.GetTypedHeaders().Accept;
        var markdown = accepted.Where(a => a.MediaType.Equals(Markdown.MediaType, StringComparison.OrdinalIgnoreCase)).Select(a => a.Quality ?? 1).DefaultIfEmpty(0).Max();
        var json = accepted.Where(a => a.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)).Select(a => a.Quality ?? 1).DefaultIfEmpty(0).Max();
        return markdown > 0 && markdown > json;
    }
}
