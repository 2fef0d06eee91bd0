using FluentValidation;

namespace Taxonomy.Api.Disarm.Phases;

/// <summary>How to order the list of phases.</summary>
/// <param name="Sort">"id" (default) or "rank" for DISARM's order. <example>rank</example></param>
public sealed record PhaseListQuery([FromQuery(Name = "sort")][property: FromQuery(Name = "sort")] string? Sort = null);

internal sealed class PhaseListQueryValidator : AbstractValidator<PhaseListQuery>
{
    public PhaseListQueryValidator() => RuleFor(x => x.Sort).Must(RankOrder.IsKnown).WithMessage(RankOrder.Message);
}
