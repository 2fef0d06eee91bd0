using FluentValidation;

namespace Taxonomy.Api.Disarm.Techniques;

/// <summary>Which related objects to return with a technique.</summary>
/// <param name="Include">
/// A comma-separated list of tactic, parent, subtechniques, associatedTechniques, incidents and
/// counters, or all. <example>all</example>
/// </param>
public sealed record TechniqueQuery(
    [FromQuery(Name = "include")][property: FromQuery(Name = "include")] string? Include = null)
{
    public static readonly string[] Relations = ["tactic", "parent", "subtechniques", "associatedTechniques", "incidents", "counters"];

    /// <summary>The relations asked for; "all" means every one. A method, not a property, so that model validation does not read it before the validator has run.</summary>
    public IReadOnlySet<string> Requested() => (Include ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .SelectMany(name => name.Equals("all", StringComparison.OrdinalIgnoreCase) ? Relations : [Relations.Single(r => r.Equals(name, StringComparison.OrdinalIgnoreCase))])
        .ToHashSet(StringComparer.Ordinal);
}

internal sealed class TechniqueQueryValidator : AbstractValidator<TechniqueQuery>
{
    public TechniqueQueryValidator()
    {
        RuleFor(x => x.Include).Custom((include, context) =>
        {
            var unknown = (include ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Where(name => !name.Equals("all", StringComparison.OrdinalIgnoreCase) && !TechniqueQuery.Relations.Contains(name, StringComparer.OrdinalIgnoreCase))
                .ToList();
            if (unknown.Count > 0)
            {
                context.AddFailure($"Unknown relation {string.Join(", ", unknown.Select(name => $"'{name}'"))}; use {string.Join(", ", TechniqueQuery.Relations)} or all.");
            }
        });
    }
}
