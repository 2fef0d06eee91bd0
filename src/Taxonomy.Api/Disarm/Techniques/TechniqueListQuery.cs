using FluentValidation;
using Taxonomy.Api.Validation;

namespace Taxonomy.Api.Disarm.Techniques;

/// <summary>Which techniques to list.</summary>
/// <param name="TacticId">Only techniques in this tactic (sub-techniques included). <example>TA06</example></param>
/// <param name="ParentId">Only the sub-techniques of this technique. <example>T0166</example></param>
/// <param name="IsSubtechnique">true: only sub-techniques; false: only top-level techniques.</param>
public sealed record TechniqueListQuery(
    [FromQuery(Name = "tacticId")][property: FromQuery(Name = "tacticId")] string? TacticId = null,
    [FromQuery(Name = "parentId")][property: FromQuery(Name = "parentId")] string? ParentId = null,
    [FromQuery(Name = "isSubtechnique")][property: FromQuery(Name = "isSubtechnique")] bool? IsSubtechnique = null);

internal sealed class TechniqueListQueryValidator : AbstractValidator<TechniqueListQuery>
{
    public TechniqueListQueryValidator()
    {
        RuleFor(x => x.TacticId).IdOf(DisarmIds.Tactic);
        RuleFor(x => x.ParentId).IdOf(DisarmIds.Technique);
    }
}
