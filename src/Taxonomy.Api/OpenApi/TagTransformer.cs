using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Taxonomy.Api.OpenApi;

/// <summary>
/// Describes each tag (a controller's resource) with the XML summary of the controller that
/// serves it, which the generator does not carry over. The lists of named objects share one
/// generic controller, so theirs is said from the type's descriptor; a controller that only adds
/// routes to another's resource ([ResourceOf]) does not describe it.
/// </summary>
internal sealed class TagTransformer : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        var controllers = context.DescriptionGroups.SelectMany(group => group.Items).Select(item => item.ActionDescriptor).OfType<ControllerActionDescriptor>()
            .Where(action => !action.ControllerTypeInfo.GetCustomAttributes(true).OfType<IResourceOf>().Any())
            .DistinctBy(action => action.ControllerName)
            .ToDictionary(action => action.ControllerName, action => action.ControllerTypeInfo.AsType());
        foreach (var tag in document.Tags ?? new HashSet<OpenApiTag>())
        {
            if (tag.Name is { } name && controllers.TryGetValue(name, out var controller))
            {
                tag.Description = controller.IsGenericType && ResourceConventions.TypeOf(controller) is { } type
                    ? $"{char.ToUpperInvariant(type.Resource[0])}{type.Resource[1..].Replace('-', ' ')} ({type.Ids?.Example} …): a DISARM list whose entries are an id, a name and a summary."
                    : XmlDocs.Summary(controller);
            }
        }

        return Task.CompletedTask;
    }
}
