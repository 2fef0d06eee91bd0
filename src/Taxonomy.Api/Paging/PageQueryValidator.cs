using FluentValidation;

namespace Taxonomy.Api.Paging;

internal sealed class PageQueryValidator : AbstractValidator<PageQuery>
{
    public PageQueryValidator()
    {
        RuleFor(x => x.Page).InclusiveBetween(1, PageQuery.MaxPage);
        RuleFor(x => x.PageSize).InclusiveBetween(1, PageQuery.MaxPageSize);
    }
}
