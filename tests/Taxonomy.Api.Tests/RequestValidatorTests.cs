using FluentValidation;
using Taxonomy.Api.Disarm.Counters;
using Taxonomy.Api.Disarm.IncidentTechniques;
using Taxonomy.Api.Disarm.Techniques;
using Taxonomy.Api.Paging;
using Taxonomy.Api.Validation;

namespace Taxonomy.Api.Tests;

/// <summary>The validators on their own: format and shape rules, with and without an id in the URL.</summary>
public sealed class RequestValidatorTests
{
    [Fact]
    public void CreatingNeedsAnIdOfTheRightShape()
    {
        var validator = new TechniqueRequestValidator();

        Assert.Contains(Failures(validator, new TechniqueRequest(null, "Name", "TA06", null)), f => f.PropertyName == "Id");
        Assert.Contains(Failures(validator, new TechniqueRequest("T166", "Name", "TA06", null)), f => f.PropertyName == "Id");
        Assert.Empty(Failures(validator, new TechniqueRequest(" t0166 ", "Name", "TA06", null)));
    }

    [Fact]
    public void ReplacingTakesTheIdFromTheUrlAndRefusesADifferentOne()
    {
        var validator = new TechniqueRequestValidator();

        Assert.Empty(Failures(validator, new TechniqueRequest(null, "Name", "TA06", null), routeId: "T0166"));
        Assert.Empty(Failures(validator, new TechniqueRequest("t0166", "Name", "TA06", null), routeId: "T0166"));
        Assert.Contains(Failures(validator, new TechniqueRequest("T0167", "Name", "TA06", null), routeId: "T0166"), f => f.PropertyName == "Id");
    }

    [Fact]
    public void ATechniqueNeedsATacticButASubtechniqueDoesNot()
    {
        var validator = new TechniqueRequestValidator();

        Assert.Contains(Failures(validator, new TechniqueRequest("T0166", "Name", null, null)), f => f.PropertyName == "TacticId");
        Assert.Contains(Failures(validator, new TechniqueRequest(null, "Name", null, null), routeId: "T0166"), f => f.PropertyName == "TacticId");
        Assert.Empty(Failures(validator, new TechniqueRequest("T0166.003", "Name", null, null)));
        Assert.Empty(Failures(validator, new TechniqueRequest(null, "Name", null, null), routeId: "T0166.003"));
    }

    [Fact]
    public void ANameIsRequiredAndBounded()
    {
        var validator = new TechniqueRequestValidator();

        Assert.Contains(Failures(validator, new TechniqueRequest("T0166", " ", "TA06", null)), f => f.PropertyName == "Name");
        Assert.Contains(Failures(validator, new TechniqueRequest("T0166", new string('x', Rules.MaxNameLength + 1), "TA06", null)), f => f.PropertyName == "Name");
    }

    [Fact]
    public void EveryIdInAListIsCheckedAndNamedByIndex()
    {
        var request = new CounterRequest("C00006", "Name", null, "M4", null, null, ["T0002", "bad", null], null, null, null, null, null, null, null);

        var failures = Failures(new CounterRequestValidator(), request);

        Assert.Contains(failures, f => f.PropertyName == "MetatechniqueId");
        Assert.Contains(failures, f => f.PropertyName == "TechniqueIds[1]");
        Assert.Contains(failures, f => f.PropertyName == "TechniqueIds[2]");
        Assert.DoesNotContain(failures, f => f.PropertyName == "TechniqueIds[0]");
    }

    [Fact]
    public void AMappingNeedsAnIncidentAndAtLeastOneTechnique()
    {
        var failures = Failures(new IncidentTechniqueRequestValidator(), new IncidentTechniqueRequest("IT00000001", null, [], null, "one.seven"));

        Assert.Contains(failures, f => f.PropertyName == "IncidentId");
        Assert.Contains(failures, f => f.PropertyName == "TechniqueIds");
        Assert.Contains(failures, f => f.PropertyName == "DisarmVersion");
    }

    [Theory]
    [InlineData(0, 50, "Page")]
    [InlineData(1, 0, "PageSize")]
    [InlineData(1, PageQuery.MaxPageSize + 1, "PageSize")]
    [InlineData(int.MaxValue, PageQuery.MaxPageSize, "Page")]
    public void PagingIsBounded(int page, int pageSize, string field)
    {
        Assert.Contains(Failures(new PageQueryValidator(), new PageQuery(page, pageSize)), f => f.PropertyName == field);
    }

    [Fact]
    public void PagingDefaultsAreValid()
    {
        Assert.Empty(Failures(new PageQueryValidator(), new PageQuery()));
        Assert.Empty(Failures(new PageQueryValidator(), new PageQuery(PageQuery.MaxPage, PageQuery.MaxPageSize)));
    }

    private static List<FluentValidation.Results.ValidationFailure> Failures<T>(IValidator<T> validator, T request, string? routeId = null)
    {
        var context = new ValidationContext<T>(request);
        if (routeId is not null)
        {
            context.RootContextData[Rules.RouteIdKey] = routeId;
        }

        return validator.Validate(context).Errors;
    }
}
