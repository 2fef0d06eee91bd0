using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Taxonomy.Api.OpenApi;

/// <summary>
/// Turns the <c>&lt;example&gt;</c> written in a record parameter's XML doc into the example of
/// the schema property or query parameter, and drops the "required" list the generator infers from positional records: what
/// a request needs is the validators' to say (ids are required to create but not to replace),
/// and the descriptions say it. Only a request's schema refuses fields it does not name.
/// </summary>
internal sealed partial class RequestSchemaTransformer : IOpenApiSchemaTransformer, IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            // The generator reads example="1.7" on a <param> as JSON, a number, which a string parameter cannot be.
            if (parameter.Schema?.Type == JsonSchemaType.String && parameter.Example is JsonValue { } written && written.GetValueKind() == System.Text.Json.JsonValueKind.Number)
            {
                parameter.Example = JsonValue.Create(written.ToJsonString());
            }

            if (parameter.Description is { } description && ExampleTag().Match(description) is { Success: true } match)
            {
                parameter.Description = ExampleTag().Replace(description, "").TrimEnd();
                // A list parameter's example is written as it is sent ("a,b"); the document gives it as the list.
                parameter.Example = parameter.Schema?.Type == JsonSchemaType.Array && !match.Groups[1].Value.StartsWith('[')
                    ? new JsonArray([.. match.Groups[1].Value.Split(',').Select(item => JsonValue.Create(item))])
                    : Parse(match.Groups[1].Value);
            }
        }

        return Task.CompletedTask;
    }

    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonTypeInfo.Type.Name.EndsWith("Request", StringComparison.Ordinal))
        {
            schema.Required?.Clear();
        }
        else
        {
            // Unknown fields are refused in what a client sends, which the generator reads from the
            // JSON options as "no additional properties" for every type. An answer may gain fields,
            // and a problem carries extensions.
            schema.AdditionalPropertiesAllowed = true;
        }

        if (schema.Properties is null)
        {
            return Task.CompletedTask;
        }

        foreach (var property in schema.Properties.Values.OfType<OpenApiSchema>())
        {
            if (property.Description is { } description && ExampleTag().Match(description) is { Success: true } match)
            {
                property.Description = ExampleTag().Replace(description, "").TrimEnd();
                property.Examples = [Parse(match.Groups[1].Value)!];
            }
        }

        return Task.CompletedTask;
    }

    private static JsonNode? Parse(string example)
    {
        try
        {
            return example.StartsWith('[') || int.TryParse(example, out _) ? JsonNode.Parse(example) : JsonValue.Create(example);
        }
        catch (System.Text.Json.JsonException)
        {
            return JsonValue.Create(example);
        }
    }

    [GeneratedRegex("<example>(.*?)</example>", RegexOptions.Singleline)]
    private static partial Regex ExampleTag();
}
