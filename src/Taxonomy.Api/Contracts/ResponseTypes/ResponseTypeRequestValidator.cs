using FluentValidation;
using Taxonomy.Api.Validation;
using Taxonomy.Domain;

namespace Taxonomy.Api.Contracts.ResponseTypes;

internal sealed class ResponseTypeRequestValidator : AbstractValidator<ResponseTypeRequest>
{
    public ResponseTypeRequestValidator()
    {
        RuleFor(x => x.Id).ObjectId(DisarmIds.ResponseType);
        RuleFor(x => x.Name).Name();
        RuleFor(x => x.Summary).Text();
    }
}
