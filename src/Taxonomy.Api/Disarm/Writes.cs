namespace Taxonomy.Api.Disarm;

/// <summary>How every resource's create and replace end: one save, and the object as stored in the answer.</summary>
internal static class Writes
{
    /// <summary>Adds a new object (409 when its id is taken), saves it and answers 201 with its URL.</summary>
    public static async Task<ActionResult<TResponse>> CreateAsync<T, TResponse>(this ControllerBase controller, TaxonomyDbContext db, T entity, Func<T, TResponse> respond, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(controller);
        ArgumentNullException.ThrowIfNull(respond);
        await db.AddNewAsync(entity, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return controller.CreatedRelative("Get", new { id = DisarmTypes.Of<T>().ApiIdOf(entity) }, respond(entity));
    }

    /// <summary>
    /// 201 with a relative Location (RFC 9110 allows it). CreatedAtAction would build an absolute
    /// URL from the request's Host header, which any client can forge.
    /// </summary>
    public static CreatedResult CreatedRelative(this ControllerBase controller, string action, object routeValues, object? value)
    {
        ArgumentNullException.ThrowIfNull(controller);
        return controller.Created(controller.Url.Action(action, routeValues), value);
    }

    /// <summary>Saves a changed object and answers with it.</summary>
    public static async Task<TResponse> SaveAsync<T, TResponse>(this TaxonomyDbContext db, T entity, Func<T, TResponse> respond, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(respond);
        await db.SaveChangesAsync(cancellationToken);
        return respond(entity);
    }
}
