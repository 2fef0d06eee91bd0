using FluentValidation;
using Taxonomy.Api.Validation;

namespace Taxonomy.Api.Disarm.Techniques;

/// <summary>A technique or sub-technique to create or replace.</summary>
/// <param name="Id">The technique's DISARM id; an id with a dot (T0166.003) makes a sub-technique of the technique before the dot, which must exist. Required to create; when replacing, taken from the URL. <example>T0166.003</example></param>
/// <param name="Name">The technique's name. <example>AI-Nudified Imagery</example></param>
/// <param name="TacticId">The tactic the technique sits in. Required for a technique; a sub-technique always sits in its parent's tactic, so leave it out or give the parent's. <example>TA06</example></param>
/// <param name="Summary">What the technique is and how to recognise it.</param>
public sealed record TechniqueRequest(string? Id, string? Name, string? TacticId, string? Summary) : INamedRequest;

internal sealed class TechniqueRequestValidator : NamedRequestValidator<TechniqueRequest>
{
    public TechniqueRequestValidator()
        : base(DisarmIds.Technique)
    {
        RuleFor(x => x.TacticId).IdOf(DisarmIds.Tactic);
        RuleFor(x => x.TacticId)
            .NotEmpty()
            .When((request, context) => Rules.EffectiveId(request, context, r => r.Id) is { } id && DisarmIds.ParentOf(id) is null)
            .WithMessage("A technique needs a tactic (a sub-technique takes its parent's).");
    }
}
