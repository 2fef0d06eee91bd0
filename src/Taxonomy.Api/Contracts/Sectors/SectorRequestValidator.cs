using FluentValidation;
using Taxonomy.Api.Validation;
using Taxonomy.Domain;

namespace Taxonomy.Api.Contracts.Sectors;

internal sealed class SectorRequestValidator : AbstractValidator<SectorRequest>
{
    public SectorRequestValidator()
    {
        RuleFor(x => x.Id).ObjectId(DisarmIds.Sector);
        RuleFor(x => x.Name).Name();
        RuleFor(x => x.Summary).Text();
    }
}
