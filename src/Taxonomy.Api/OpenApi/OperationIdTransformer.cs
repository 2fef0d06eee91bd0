using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Taxonomy.Api.OpenApi;

/// <summary>
/// Gives every operation its operationId: the one [OperationId] names, or, for the actions each
/// DISARM type's resource has, one made from the action and the type ("listTechniques",
/// "getTechnique", "restoreTechniqueVersion"), so that a new type gets its ids without writing them.
/// </summary>
internal sealed class OperationIdTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var action = context.Description.ActionDescriptor;
        operation.OperationId = action.EndpointMetadata.OfType<OperationIdAttribute>().LastOrDefault()?.Id
            ?? (action is ControllerActionDescriptor { ActionName: var name } && action.Properties.TryGetValue(typeof(DisarmType), out var type) && type is DisarmType disarmType ? Derived(name, disarmType) : null);
        return Task.CompletedTask;
    }

    private static string? Derived(string action, DisarmType type)
    {
        var one = ResourceConventions.Pascal(type.Kind);
        return action switch
        {
            "List" => "list" + ResourceConventions.Pascal(type.Resource),
            "Get" => "get" + one,
            "Create" => "create" + one,
            "Replace" => "replace" + one,
            "Delete" => "delete" + one,
            "History" => $"list{one}History",
            "Version" => $"get{one}Version",
            "Restore" => $"restore{one}Version",
            _ => null,
        };
    }
}
