namespace Taxonomy.Api.Disarm;

/// <summary>
/// The controller of one DISARM type's resource, routed and guarded by <see cref="ResourceConventions"/>
/// from the type's description. Deleting is the same for every type, so it is written once here.
/// </summary>
[ApiController]
public abstract class ResourceController<T> : ControllerBase
    where T : class
{
    /// <summary>Deletes a {kind}{unless-referenced}. Links the {kind} owns go with it. Needs an admin key.</summary>
    /// <param name="id" example="{example}">The {kind}'s DISARM id.</param>
    /// <param name="deletion">Deletes objects nothing references.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    [HttpDelete("{id}")]
    public Task<NoContentResult> Delete(string id, [FromServices] Deletion deletion, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(deletion);
        return deletion.DeleteAsync<T>(id, cancellationToken);
    }
}
