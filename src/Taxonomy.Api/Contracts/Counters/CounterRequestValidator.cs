using Taxonomy.Api.Contracts.Countermeasures;
using Taxonomy.Api.Validation;

namespace Taxonomy.Api.Contracts.Counters;

internal sealed class CounterRequestValidator : CountermeasureRequestValidator<CounterRequest>
{
    public CounterRequestValidator()
        : base(DisarmIds.Counter)
    {
        RuleFor(x => x.Tags).Text();
    }
}
