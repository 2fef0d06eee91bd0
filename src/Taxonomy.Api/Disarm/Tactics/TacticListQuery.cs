using FluentValidation;
using Taxonomy.Api.Validation;

namespace Taxonomy.Api.Disarm.Tactics;

/// <summary>Which tactics to list, and in what order.</summary>
/// <param name="PhaseId">Only the tactics of this phase. <example>P02</example></param>
/// <param name="Sort">"id" (default) or "rank" for DISARM's order. <example>rank</example></param>
public sealed record TacticListQuery([FromQuery(Name = "phaseId")][property: FromQuery(Name = "phaseId")] string? PhaseId = null, [FromQuery(Name = "sort")][property: FromQuery(Name = "sort")] string? Sort = null);

internal sealed class TacticListQueryValidator : AbstractValidator<TacticListQuery>
{
    public TacticListQueryValidator()
    {
        RuleFor(x => x.PhaseId).IdOf(DisarmIds.Phase);
        RuleFor(x => x.Sort).Must(RankOrder.IsKnown).WithMessage(RankOrder.Message);
    }
}
