using FluentValidation;

namespace Taxonomy.Api.Paging;

internal sealed class PageQueryValidator : AbstractValidator<PageQuery>
{
    public PageQueryValidator()
    {
        RuleFor(x => x.Page).InclusiveBetween(1, PageQuery.MaxPage);
        RuleFor(x => x.PageSize).InclusiveBetween(1, PageQuery.MaxPageSize);
        RuleFor(x => x.After).MaximumLength(PageQuery.MaxAfterLength);
        RuleFor(x => x.Page).Null().When(x => x.After is not null).WithMessage("Use page or after, not both: after continues from the previous page's next.");
    }
}
