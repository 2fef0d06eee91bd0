using System.Reflection;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.AspNetCore.Mvc.Controllers;

namespace Taxonomy.Api.Disarm.NamedObjects;

/// <summary>
/// Adds a <see cref="NamedObjectsController{T}"/> for each DISARM type whose objects are only an
/// id, a name and a summary: MVC does not make controllers of generic classes by itself.
/// </summary>
internal sealed class NamedObjectControllers : IApplicationFeatureProvider<ControllerFeature>
{
    public static IEnumerable<DisarmType> Types =>
        DisarmTypes.All.Where(type => type.Entity.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(INamedObject<>)));

    public void PopulateFeature(IEnumerable<ApplicationPart> parts, ControllerFeature feature)
    {
        ArgumentNullException.ThrowIfNull(feature);
        foreach (var type in Types)
        {
            feature.Controllers.Add(typeof(NamedObjectsController<>).MakeGenericType(type.Entity).GetTypeInfo());
        }
    }
}
