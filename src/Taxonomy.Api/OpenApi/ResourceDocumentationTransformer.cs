using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Taxonomy.Api.OpenApi;

/// <summary>
/// Fills in the words an action that several resources share leaves open in its documentation
/// ({kind}, {resources}, {example}) with those of the resource the operation belongs to, so that
/// each resource's operations read as its own ("Gets a sector by id"); {referrers} lists the
/// kinds of object that can refer to one. A GET of one object of a type DISARM publishes pages of
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

        string? Fill(string? text) => text?
            .Replace("{kind}", type.Kind, StringComparison.Ordinal)
            .Replace("{resources}", type.Resource.Replace('-', ' '), StringComparison.Ordinal)
            .Replace("{example}", type.Ids?.Example, StringComparison.Ordinal)
            .Replace("{referrers}", Referrers(type), StringComparison.Ordinal);

        operation.Summary = Fill(operation.Summary);
        if (type.PageFolder is not null && context.Description.HttpMethod == "GET" && context.Description.RelativePath?.EndsWith("/{id}", StringComparison.Ordinal) == true)
        {
            operation.Summary += " Send Accept: text/markdown for DISARM's page of it instead.";
        }

        operation.Description = Fill(operation.Description);
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            parameter.Description = Fill(parameter.Description);
            if (parameter.Example is JsonValue example && example.TryGetValue<string>(out var text))
            {
                parameter.Example = JsonValue.Create(Fill(text));
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>"task or actor type": the kinds that can refer to an object of the type.</summary>
    private static string Referrers(DisarmType type)
    {
        var kinds = DisarmTypes.ReferrersOf(type).Select(referrer => referrer.Kind).Distinct().ToList();
        return kinds.Count switch
        {
            0 => "other object",
            1 => kinds[0],
            _ => $"{string.Join(", ", kinds[..^1])} or {kinds[^1]}",
        };
    }
}
