using FluentValidation;

namespace Taxonomy.Api.History;

/// <summary>Which changes to list.</summary>
/// <param name="After">The next of the previous page: the changes committed after those it listed. Left out, the list starts at the first change ever kept.</param>
/// <param name="Types">A comma-separated list of resources (techniques, incident-techniques, …) whose changes to list; all when left out. <example>techniques,incident-techniques</example></param>
/// <param name="PageSize">Changes per page, 1 to 1,000. Default 200.</param>
public sealed record ChangeQuery(
    [FromQuery(Name = "after")][property: FromQuery(Name = "after")] string? After = null,
    [FromQuery(Name = "types")][property: FromQuery(Name = "types")] string? Types = null,
    [FromQuery(Name = "pageSize")][property: FromQuery(Name = "pageSize")] int? PageSize = null)
{
    public const int DefaultPageSize = 200;
    public const int MaxPageSize = 1_000;

    /// <summary>The resource names asked for, as the versions file them; empty for all.</summary>
    public IReadOnlyList<string> RequestedTypes() =>
        Split(Types).Select(type => DisarmTypes.Named(type)!.Resource).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>The position after which to list, or 0 for the start; null when <see cref="After"/> is not a cursor this API made.</summary>
    public long? Position() => After is null ? 0 : ChangeCursor.Read(After);

    internal static string[] Split(string? types) => (types ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The problem with a comma-separated list of types, or null when every one is a type.</summary>
    internal static string? ProblemWith(string? types)
    {
        var unknown = Split(types).Where(type => DisarmTypes.Named(type) is null).ToList();
        return unknown.Count == 0
            ? null
            : $"Unknown type{(unknown.Count > 1 ? "s" : "")} {string.Join(", ", unknown.Select(type => $"'{type}'"))}; the types are {string.Join(", ", DisarmTypes.All.Select(type => type.Resource))}.";
    }
}

internal sealed class ChangeQueryValidator : AbstractValidator<ChangeQuery>
{
    public ChangeQueryValidator()
    {
        RuleFor(x => x.After).Must(after => after is null || ChangeCursor.Read(after) is not null)
            .WithMessage("after is not a cursor from this API: pass the next of the previous page as it came.");
        RuleFor(x => x.PageSize).InclusiveBetween(1, ChangeQuery.MaxPageSize);
        RuleFor(x => x.Types).Must(types => ChangeQuery.ProblemWith(types) is null).WithMessage(x => ChangeQuery.ProblemWith(x.Types));
    }
}
