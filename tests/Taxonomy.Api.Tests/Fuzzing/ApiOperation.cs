using System.Text.Json.Nodes;

namespace Taxonomy.Api.Tests.Fuzzing;

/// <summary>
/// One operation of the API's OpenAPI document, as the fuzzer reads it: what it may be sent, and
/// which statuses it may answer.
/// </summary>
/// <param name="Method">The HTTP method, upper case.</param>
/// <param name="Path">The path template, such as /api/v1/techniques/{id}.</param>
/// <param name="Parameters">Its path and query parameters.</param>
/// <param name="Body">Its request body, or null when it takes none.</param>
/// <param name="Statuses">The statuses its responses document.</param>
/// <param name="NeedsKey">Whether it documents the API key as a security requirement.</param>
/// <param name="Fields">The property names of its success response (of a list's items), the words its sort and include parameters are made of.</param>
internal sealed record ApiOperation(
    string Method,
    string Path,
    IReadOnlyList<ApiOperation.Parameter> Parameters,
    ApiOperation.RequestBody? Body,
    IReadOnlySet<int> Statuses,
    bool NeedsKey,
    IReadOnlyList<string> Fields)
{
    public string Name => $"{Method} {Path}";

    /// <summary>The resource the path belongs to (techniques for /api/v1/techniques/{id}/history), or null outside /api/v1.</summary>
    public string? Resource => Path.Split('/', StringSplitOptions.RemoveEmptyEntries) is ["api", "v1", var resource, ..] ? resource : null;

    /// <summary>Whether it is the list of a resource, /api/v1/{resource}, whose items carry ids.</summary>
    public bool IsList => Method == "GET" && Path.Count(c => c == '/') == 3 && Resource is not null && !Path.Contains('{', StringComparison.Ordinal);

    /// <summary>Whether it creates an object of a resource from a JSON body: POST /api/v1/{resource}.</summary>
    public bool IsCreate => Method == "POST" && Path == $"/api/v1/{Resource}" && Body is { IsMultipart: false };

    public static IReadOnlyList<ApiOperation> ReadAll(JsonNode document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var operations = new List<ApiOperation>();
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, operation) in item!.AsObject())
            {
                if (method is "parameters" or "summary" or "description" or "servers")
                {
                    continue;
                }

                var parameters = (operation!["parameters"]?.AsArray() ?? [])
                    .Select(p => new Parameter((string)p!["name"]!, (string)p["in"]!, Resolve(document, p["schema"])!, p["example"]?.DeepClone()))
                    .ToList();
                var body = operation["requestBody"]?["content"]?.AsObject() is { } content
                    ? new RequestBody(content.Select(c => c.Key).ToList(), Resolve(document, content.First().Value!["schema"]) ?? [])
                    : null;
                var responses = operation["responses"]!.AsObject();
                var success = responses.FirstOrDefault(r => r.Key.StartsWith('2')).Value?["content"]?["application/json"]?["schema"];
                operations.Add(new ApiOperation(
                    method.ToUpperInvariant(),
                    path,
                    parameters,
                    body,
                    responses.Select(r => int.Parse(r.Key, System.Globalization.CultureInfo.InvariantCulture)).ToHashSet(),
                    operation["security"] is JsonArray { Count: > 0 },
                    FieldsOf(document, success)));
            }
        }

        return operations;
    }

    /// <summary>A schema with its $ref followed, and the properties of those it refers to followed too.</summary>
    public static JsonObject? Resolve(JsonNode document, JsonNode? schema)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (schema?["$ref"] is { } reference)
        {
            var name = ((string)reference!).Split('/')[^1];
            return Resolve(document, document["components"]!["schemas"]![name]);
        }

        return schema?.AsObject();
    }

    private static List<string> FieldsOf(JsonNode document, JsonNode? schema)
    {
        var resolved = Resolve(document, schema);
        var properties = resolved?["properties"]?.AsObject();
        if (properties?["items"] is { } items && properties.ContainsKey("totalCount"))
        {
            properties = Resolve(document, items["items"])?["properties"]?.AsObject();
        }

        return properties?.Select(p => p.Key).ToList() ?? [];
    }

    /// <param name="Name">The parameter's name.</param>
    /// <param name="In">path or query.</param>
    /// <param name="Schema">Its schema, references followed.</param>
    /// <param name="Example">The example value the document gives, if any.</param>
    internal sealed record Parameter(string Name, string In, JsonObject Schema, JsonNode? Example)
    {
        public bool IsInteger => Is("integer");

        public bool IsBoolean => Is("boolean");

        /// <summary>Whether the schema's type is, or includes, <paramref name="type"/>: it may be one name or a list of them.</summary>
        private bool Is(string type) => Schema["type"]?.ToJsonString().Contains($"\"{type}\"", StringComparison.Ordinal) == true;
    }

    /// <param name="MediaTypes">The media types it accepts, such as application/json.</param>
    /// <param name="Schema">The schema of the first, references followed.</param>
    internal sealed record RequestBody(IReadOnlyList<string> MediaTypes, JsonObject Schema)
    {
        public bool IsMultipart => MediaTypes.Any(type => type.StartsWith("multipart/", StringComparison.Ordinal));
    }
}
