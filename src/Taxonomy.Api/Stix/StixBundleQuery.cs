using FluentValidation;

namespace Taxonomy.Api.Stix;

/// <summary>Which objects a STIX bundle holds.</summary>
/// <param name="Types">
/// A comma-separated list of STIX types (attack-pattern, relationship, course-of-action, …); all when left out.
/// <example>attack-pattern,x-mitre-tactic</example>
/// </param>
public sealed record StixBundleQuery([FromQuery(Name = "types")][property: FromQuery(Name = "types")] string? Types = null)
{
    /// <summary>The STIX types asked for; all when none is.</summary>
    public IReadOnlySet<string> RequestedTypes()
    {
        var requested = Split(Types);
        return (requested.Length == 0 ? StixMapping.AllTypes : requested).ToHashSet(StringComparer.Ordinal);
    }

    internal static string[] Split(string? types) => (types ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

internal sealed class StixBundleQueryValidator : AbstractValidator<StixBundleQuery>
{
    public StixBundleQueryValidator()
    {
        RuleFor(x => x.Types).MaximumLength(1000).Custom((types, context) =>
        {
            var unknown = StixBundleQuery.Split(types).Where(type => !StixMapping.AllTypes.Contains(type, StringComparer.Ordinal)).ToList();
            if (unknown.Count > 0)
            {
                context.AddFailure($"Unknown STIX type{(unknown.Count > 1 ? "s" : "")} {string.Join(", ", unknown.Take(10).Select(type => $"'{type}'"))}; the types are {string.Join(", ", StixMapping.AllTypes)}.");
            }
        });
    }
}
