using FluentValidation;
using Taxonomy.Api.History;

namespace Taxonomy.Api.Releases;

/// <summary>Which part of a diff to list.</summary>
/// <param name="Types">A comma-separated list of types (techniques, incident-techniques, …) whose changes to list; all when left out. <example>techniques,incident-techniques</example></param>
/// <param name="After">The next of the previous page: the changes after the last it listed. <example>techniques/T0002</example></param>
/// <param name="PageSize">Changes per page, 1 to 1,000. Default 200.</param>
public sealed record ReleaseDiffQuery(
    [FromQuery(Name = "types")][property: FromQuery(Name = "types")] string? Types = null,
    [FromQuery(Name = "after")][property: FromQuery(Name = "after")] string? After = null,
    [FromQuery(Name = "pageSize")][property: FromQuery(Name = "pageSize")] int? PageSize = null)
{
    public const int DefaultPageSize = 200;
    public const int MaxPageSize = 1_000;

    /// <summary>The resource names asked for; empty for all.</summary>
    public IReadOnlyList<string> RequestedTypes() =>
        ChangeQuery.Split(Types).Select(type => DisarmTypes.Named(type)!.Resource).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The type and id <see cref="After"/> names ("techniques/T0002"), or null when it names none.</summary>
    public (string Type, string Id)? Cursor() =>
        After?.Split('/', 2) is [var type, var id] && DisarmTypes.Named(type) is { } named && id.Length > 0 ? (named.Resource, id) : null;

    /// <summary>The cursor of a change, for the next page's <see cref="After"/>.</summary>
    public static string CursorOf(ReleaseChange change) => $"{change.Type}/{change.Id}";
}

internal sealed class ReleaseDiffQueryValidator : AbstractValidator<ReleaseDiffQuery>
{
    public ReleaseDiffQueryValidator()
    {
        RuleFor(x => x.Types).Must(types => ChangeQuery.ProblemWith(types) is null).WithMessage(x => ChangeQuery.ProblemWith(x.Types));
        RuleFor(x => x.After).Must((query, after) => after is null || (after.Length <= 200 && query.Cursor() is not null))
            .WithMessage("after is the next of the previous page: a type and an id, as techniques/T0002.");
        RuleFor(x => x.PageSize).InclusiveBetween(1, ReleaseDiffQuery.MaxPageSize);
    }
}
