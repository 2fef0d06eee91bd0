using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Taxonomy.Api.Stix;

/// <summary>
/// One STIX object as the UTF-8 JSON it is served as, with the few properties the API reads back
/// (to filter, page and link objects). Objects are written once, straight from a version's
/// snapshot, and copied into answers as they are: a JSON tree per object, with a node and a string
/// per property, made a TAXII page allocate several times the size of its answer, and the garbage
/// collections that followed made its slowest answers.
/// </summary>
[JsonConverter(typeof(Converter))]
public sealed class StixObject(string type, string id, string? version, string? sourceRef, string? targetRef, byte[] json)
{
    public string Type => type;

    public string Id => id;

    /// <summary>TAXII's version of the object: its modified, or its created for objects that are never modified (the marking).</summary>
    public string? Version => version;

    /// <summary>A relationship's source_ref; null for other objects.</summary>
    public string? SourceRef => sourceRef;

    /// <summary>A relationship's target_ref; null for other objects.</summary>
    public string? TargetRef => targetRef;

    /// <summary>An object made as a JSON tree: DISARM's identity, marking and matrix, which are few.</summary>
    public static StixObject From(JsonObject stixObject)
    {
        ArgumentNullException.ThrowIfNull(stixObject);
        return new StixObject(
            (string)stixObject["type"]!,
            (string)stixObject["id"]!,
            (string?)(stixObject["modified"] ?? stixObject["created"]),
            (string?)stixObject["source_ref"],
            (string?)stixObject["target_ref"],
            JsonSerializer.SerializeToUtf8Bytes(stixObject));
    }

    /// <summary>The OpenAPI schema of a list of STIX objects: objects, whose properties their type decides.</summary>
    public static Task DescribeSchema(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(context);
        // The generator leaves a list of them without items, since the converter hides them from it.
        if (context.JsonTypeInfo.Type == typeof(IReadOnlyList<StixObject>))
        {
            schema.Items = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Description = "A STIX 2.1 object; its type property says which, and so which other properties it has.",
            };
        }

        return Task.CompletedTask;
    }

    public void WriteTo(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteRawValue(json, skipInputValidation: true);
    }

    public override string ToString() => System.Text.Encoding.UTF8.GetString(json);

    private sealed class Converter : JsonConverter<StixObject>
    {
        public override StixObject Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            From(JsonNode.Parse(ref reader)!.AsObject());

        public override void Write(Utf8JsonWriter writer, StixObject value, JsonSerializerOptions options) => value.WriteTo(writer);
    }
}
