using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Taxonomy.Api.OpenApi;

/// <summary>
/// Fills in the words an action that several resources share leaves open in its documentation
/// ({kind}, {resources}, {example}) with those of the resource the operation belongs to, so that
/// each resource's operations read as its own ("Gets a sector by id"); {unless-referenced} names
/// the kinds of object whose references stop a delete. A GET of one object of a type DISARM publishes pages of
/// says it serves the page too.
/// </summary>
internal sealed class ResourceDocumentationTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (!context.Description.ActionDescriptor.Properties.TryGetValue(typeof(DisarmType), out var value) || value is not DisarmType type)
        {
            return Task.CompletedTask;
        }

        var unlessReferenced = UnlessReferenced(context.ApplicationServices, type);
        string? Fill(string? text) => text?
            .Replace("a {kind}", $"{Article(type.Kind)} {type.Kind}", StringComparison.Ordinal)
            .Replace("{kind}", type.Kind, StringComparison.Ordinal)
            .Replace("{resources}", type.Resource.Replace('-', ' '), StringComparison.Ordinal)
            .Replace("{example}", type.Ids?.Example ?? "1", StringComparison.Ordinal)
            .Replace("{unless-referenced}", unlessReferenced, StringComparison.Ordinal);

        if (operation.Summary is null && context.Description.ActionDescriptor.EndpointMetadata.OfType<OperationSummaryAttribute>().FirstOrDefault() is { } summary)
        {
            operation.Summary = summary.Summary;
        }

        operation.Summary = Fill(operation.Summary);
        if (type.PageFolder is not null && context.Description.HttpMethod == "GET" && context.Description.RelativePath?.EndsWith("/{id}", StringComparison.Ordinal) == true)
        {
            operation.Summary += " Send Accept: text/markdown for DISARM's page of it instead.";
        }

        operation.Description = Fill(operation.Description);
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            // The generic base controller's actions have no XML comments to describe their route values.
            (parameter.Description, parameter.Example) = (parameter.Name, parameter.Description) switch
            {
                ("id", null) => ("The {kind}'s id.", JsonValue.Create("{example}")),
                ("version", null) => ("The version's number, from 1.", JsonValue.Create(1)),
                _ => (parameter.Description, parameter.Example),
            };
            parameter.Description = Fill(parameter.Description);
            if (parameter.Example is JsonValue example && example.TryGetValue<string>(out var text))
            {
                parameter.Example = JsonValue.Create(Fill(text));
            }
        }

        return Task.CompletedTask;
    }

    private static string Article(string word) => "aeiou".Contains(word[0], StringComparison.Ordinal) ? "an" : "a";

    /// <summary>", unless a task or actor type still refers to it": the kinds whose references stop a delete, from the database model.</summary>
    private static string UnlessReferenced(IServiceProvider services, DisarmType type)
    {
        using var scope = services.CreateScope();
        var model = scope.ServiceProvider.GetRequiredService<TaxonomyDbContext>().Model;
        var kinds = ReferrerFinder.BlockingTypes(model, type.Entity).Select(referrer => DisarmTypes.Of(referrer)!.Kind).Order(StringComparer.Ordinal).ToList();
        return kinds.Count switch
        {
            0 => "",
            1 => $", unless {Article(kinds[0])} {kinds[0]} still refers to it (409 names it)",
            _ => $", unless {Article(kinds[0])} {string.Join(", ", kinds[..^1])} or {kinds[^1]} still refers to it (409 names them)",
        };
    }
}
