using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Taxonomy.Api.Conventions;
using Taxonomy.Api.Stix;

namespace Taxonomy.Api.OpenApi;

/// <summary>
/// Documents a read's success in exactly the media types <see cref="AcceptFilter"/> lets it answer
/// in, JSON first. MVC lists every output formatter that could write the result (text/plain among
/// them, which no route serves: the filter answers 406 to it); it does not know of the DISARM page
/// (text/markdown) and STIX bundle that a GET of one object serves on request; and of two success
/// types declared for one status (a release diff's JSON and its release notes) it keeps the last.
/// </summary>
/// <remarks>
/// The order matters to client generators that take one type per operation: NSwag's C# client
/// (14.7) returns the first content's type, so with the page first getTechnique would return a
/// string.
/// </remarks>
internal sealed class ServedMediaTypesTransformer : IOpenApiOperationTransformer
{
    private const string Markdown = "text/markdown";

    private const string PlainText = "text/plain";

    private static readonly string[] JsonFirst = [AcceptFilter.Json, "text/json"];

    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var action = context.Description.ActionDescriptor;
        // Writes and TAXII's routes have no Accept filter: they answer in the types MVC lists, less text/plain.
        var served = action.FilterDescriptors.Select(descriptor => descriptor.Filter).OfType<AcceptFilter>().FirstOrDefault()?.Served;

        foreach (var (status, response) in (operation.Responses ?? []).Where(response => response.Key.StartsWith('2')).Select(response => (response.Key, response.Value)).ToList())
        {
            if (response is not OpenApiResponse { Content: { Count: > 0 } content } success)
            {
                continue;
            }

            if (served is null)
            {
                content.Remove(PlainText);
                continue;
            }

            // A JSON success declared beside another type for the same status, which MVC dropped.
            var declaredJson = action.FilterDescriptors.Select(descriptor => descriptor.Filter).Concat(action.EndpointMetadata).OfType<IApiResponseMetadataProvider>()
                .FirstOrDefault(produces => produces.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture) == status && produces.Type is { } type && type != typeof(string) && type != typeof(void));
            if (!content.ContainsKey(AcceptFilter.Json) && declaredJson is not null && served.Contains(AcceptFilter.Json, StringComparer.OrdinalIgnoreCase))
            {
                content[AcceptFilter.Json] = new OpenApiMediaType { Schema = await context.GetOrCreateSchemaAsync(declaredJson.Type!, null, cancellationToken) };
            }

            if (served.Contains(Markdown, StringComparer.OrdinalIgnoreCase) && !content.ContainsKey(Markdown))
            {
                content[Markdown] = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Description = "DISARM's page of the object, as DISARM's generator writes it." } };
            }

            if (served.Contains(StixBundle.MediaType, StringComparer.OrdinalIgnoreCase) && !content.ContainsKey(StixBundle.MediaType))
            {
                content[StixBundle.MediaType] = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.Object, Description = "A STIX 2.1 bundle of the object and its relationships." } };
            }

            var documented = content.Where(pair => served.Contains(pair.Key, StringComparer.OrdinalIgnoreCase) || (pair.Key == "text/json" && content.ContainsKey(AcceptFilter.Json)))
                .OrderBy(pair => Array.IndexOf(JsonFirst, pair.Key) is var rank and >= 0 ? rank : JsonFirst.Length)
                .ToList();
            if (documented.Count > 0)
            {
                success.Content = documented.ToDictionary(pair => pair.Key, pair => pair.Value);
            }
        }
    }
}
