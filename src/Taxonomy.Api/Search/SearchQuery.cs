using FluentValidation;
using Microsoft.Extensions.Options;
using Taxonomy.Api.Validation;
using Taxonomy.Infrastructure.Search;

namespace Taxonomy.Api.Search;

/// <summary>What to search for.</summary>
/// <param name="Q">
/// The query: words (all must match), "phrases", prefix* searches, name:word to match names only,
/// AND, OR, NOT (upper case) and parentheses. Letter case and accents are ignored.
/// <example>fake news</example>
/// </param>
/// <param name="Types">
/// A comma-separated list of the resources to search (techniques, incidents, …); all when left out.
/// <example>techniques,counters</example>
/// </param>
public sealed record SearchQuery(
    [FromQuery(Name = "q")][property: FromQuery(Name = "q")] string? Q = null,
    [FromQuery(Name = "types")][property: FromQuery(Name = "types")] string? Types = null)
{
    /// <summary>The parsed query. A method, not a property, so that model validation does not read it before the validator has run.</summary>
    internal SearchExpression Expression() => SearchSyntax.Parse(Q!);

    /// <summary>The resource names asked for, spelt as the index files them; empty for all.</summary>
    public IReadOnlyList<string> RequestedTypes() =>
        Split(Types).Select(type => SearchIndex.Types.Single(known => known.Equals(type, StringComparison.OrdinalIgnoreCase))).Distinct().ToList();

    internal static string[] Split(string? types) => (types ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

internal sealed class SearchQueryValidator : AbstractValidator<SearchQuery>
{
    public SearchQueryValidator(IOptions<SearchLimits> limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        var maxCost = limits.Value.MaxCost;
        RuleFor(x => x.Q).Cascade(CascadeMode.Stop)
            .Must(q => !string.IsNullOrWhiteSpace(q)).WithMessage("Give q, the words to search for.")
            .SearchExpression(maxCost);
        RuleFor(x => x.Types).Custom((types, context) =>
        {
            var unknown = SearchQuery.Split(types).Where(type => !SearchIndex.Types.Contains(type, StringComparer.OrdinalIgnoreCase)).ToList();
            if (unknown.Count > 0)
            {
                context.AddFailure($"Unknown type{(unknown.Count > 1 ? "s" : "")} {string.Join(", ", unknown.Select(type => $"'{type}'"))}; the types are {string.Join(", ", SearchIndex.Types)}.");
            }
        });
    }
}
