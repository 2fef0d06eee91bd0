using FluentValidation;
using Microsoft.Extensions.Options;
using Taxonomy.Api.Search;
using Taxonomy.Api.Validation;

namespace Taxonomy.Api.Layers;

/// <summary>A search that narrows a layer's techniques.</summary>
/// <param name="Q">
/// Only the techniques this search finds, in the language of /api/v1/search: words (all must
/// match), "phrases", prefix* searches, name:word, AND, OR, NOT and parentheses; all when left out.
/// <example>name:bots</example>
/// </param>
public sealed record LayerSearchQuery(
    [FromQuery(Name = "q")][property: FromQuery(Name = "q")] string? Q = null);

internal sealed class LayerSearchQueryValidator : AbstractValidator<LayerSearchQuery>
{
    public LayerSearchQueryValidator(IOptions<SearchLimits> limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        RuleFor(x => x.Q).SearchExpression(limits.Value.MaxCost);
    }
}
