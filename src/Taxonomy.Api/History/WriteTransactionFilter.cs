using Microsoft.AspNetCore.Mvc.Filters;

namespace Taxonomy.Api.History;

/// <summary>
/// Runs a write to a DISARM resource in one transaction, begun before the write reads anything,
/// when its turn at the <see cref="WriteGate"/> comes. SQLite gives the transaction its write lock
/// at once, so writes to an object queue rather than race: a PUT without If-Match replaces what the write before it left, instead of failing on a
/// version that moved while it ran, and a PUT with If-Match is checked against the very version
/// it would replace. Whatever the write fails on, nothing of it is kept.
/// </summary>
internal sealed class WriteTransactionFilter : IAsyncActionFilter
{
    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var services = context.HttpContext.RequestServices;
        using var turn = await services.GetRequiredService<WriteGate>().EnterAsync(context.HttpContext.RequestAborted);
        var db = services.GetRequiredService<TaxonomyDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(context.HttpContext.RequestAborted);
        var executed = await next();
        if (executed.Exception is null)
        {
            // Not cancelled by a client that has gone: the write is complete, and keeping it is one step.
            await transaction.CommitAsync(CancellationToken.None);
        }
    }
}
