using FluentValidation;
using Taxonomy.Api.Validation;

namespace Taxonomy.Api.Disarm.Tactics;

/// <summary>A tactic to create or replace.</summary>
/// <param name="Id">The tactic's DISARM id. Required to create; when replacing, taken from the URL. <example>TA06</example></param>
/// <param name="Name">The tactic's name. <example>Develop Content</example></param>
/// <param name="PhaseId">The phase the tactic belongs to. <example>P02</example></param>
/// <param name="Rank">The tactic's place in DISARM's order, from 1. <example>6</example></param>
/// <param name="Summary">What the tactic is.</param>
public sealed record TacticRequest(string? Id, string? Name, string? PhaseId, int? Rank, string? Summary) : INamedRequest;

internal sealed class TacticRequestValidator : NamedRequestValidator<TacticRequest>
{
    public TacticRequestValidator()
        : base(DisarmIds.Tactic)
    {
        RuleFor(x => x.PhaseId).NotEmpty().WithMessage("A tactic belongs to a phase.").IdOf(DisarmIds.Phase);
        RuleFor(x => x.Rank).Rank();
    }
}
