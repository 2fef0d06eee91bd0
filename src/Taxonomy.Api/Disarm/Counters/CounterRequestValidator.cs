using Taxonomy.Api.Disarm.Countermeasures;
using Taxonomy.Api.Validation;

namespace Taxonomy.Api.Disarm.Counters;

internal sealed class CounterRequestValidator : CountermeasureRequestValidator<CounterRequest>
{
    public CounterRequestValidator()
        : base(DisarmIds.Counter)
    {
        RuleFor(x => x.Tags).Text();
    }
}
