namespace Taxonomy.Api.OpenApi;

/// <summary>
/// The OpenAPI operationId of an action, which client generators name their methods after. The
/// actions every DISARM type shares (list, get, create, ...) need none: <see cref="OperationIdTransformer"/>
/// derives theirs from the type. Not [EndpointName], which would also name the route for link
/// generation, where names must be unique across all endpoints.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class OperationIdAttribute(string id) : Attribute
{
    public string Id { get; } = id;
}
