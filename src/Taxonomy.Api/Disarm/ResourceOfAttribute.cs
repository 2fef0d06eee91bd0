namespace Taxonomy.Api.Disarm;

/// <summary>
/// Says which DISARM type a controller serves. <see cref="ResourceConventions"/> then gives the
/// controller its route (<c>api/v1/{resource}</c>), its OpenAPI tag and DISARM's page of each
/// object, all from the type's description in <see cref="Infrastructure.Catalog.DisarmTypes"/>.
/// A resource's controller is an API controller, so this is also [ApiController].
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
internal sealed class ResourceOfAttribute<T> : ApiControllerAttribute, IResourceOf
    where T : class
{
    public Type Entity => typeof(T);
}

/// <summary>The non-generic view of <see cref="ResourceOfAttribute{T}"/>, for finding it.</summary>
internal interface IResourceOf
{
    Type Entity { get; }
}
