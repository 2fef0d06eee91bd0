using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Taxonomy.Api.Releases;

/// <summary>
/// Documents <c>?release=</c> on every read it applies to: <see cref="ReleaseReadsMiddleware"/>
/// takes it before any action runs, so no action declares it.
/// </summary>
internal sealed class ReleaseParameterTransformer : IOpenApiOperationTransformer
{
    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(context);
        var path = "/" + context.Description.RelativePath;
        if (context.Description.HttpMethod != "GET" || !ReleaseReadsMiddleware.Applies(path))
        {
            return;
        }

        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = ReleaseReadsMiddleware.Parameter,
            In = ParameterLocation.Query,
            Description = "Answers as of a release (GET /api/v1/releases lists them): the state every object was left in by the import that loaded it. Without it, the current state. An unknown release is 404.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, Pattern = "^[0-9A-Za-z](?:[0-9A-Za-z._-]{0,38}[0-9A-Za-z])?$" },
            Example = JsonValue.Create("1.7"),
        });

        operation.Responses ??= [];
        foreach (var (status, description) in new[] { ("400", "The release is not a label, or given twice."), ("404", "There is no such release, or no such object.") })
        {
            if (!operation.Responses.ContainsKey(status))
            {
                operation.Responses[status] = new OpenApiResponse
                {
                    Description = description,
                    Content = new Dictionary<string, OpenApiMediaType>
                    {
                        ["application/problem+json"] = new() { Schema = await context.GetOrCreateSchemaAsync(typeof(ProblemDetails), null, cancellationToken) },
                    },
                };
            }
        }
    }
}
