namespace Taxonomy.Domain.Tests;

public sealed class CounterTests
{
    [Fact]
    public void CounterNormalisesTheIdsItPointsAt()
    {
        var counter = new Counter(" c00006", Details(metatechniqueId: "m004 ", tacticId: "\u00a0ta01", responseTypeId: "d04"), null);

        Assert.Equal("C00006", counter.Id);
        Assert.Equal("M004", counter.MetatechniqueId);
        Assert.Equal("TA01", counter.TacticId);
        Assert.Equal("D04", counter.ResponseTypeId);
    }

    [Fact]
    public void CounterLinksAreOptional()
    {
        var counter = new Counter("C00006", Details(), null);

        Assert.Null(counter.MetatechniqueId);
        Assert.Null(counter.TacticId);
        Assert.Null(counter.ResponseTypeId);
    }

    [Fact]
    public void CounterRefusesMalformedMetatechnique()
    {
        var error = Assert.Throws<DomainRuleException>(() => new Counter("C00006", Details(metatechniqueId: "M4"), null));

        Assert.Equal("metatechniqueId", error.Field);
    }

    [Fact]
    public void CounterRefusesMalformedTactic()
    {
        var error = Assert.Throws<DomainRuleException>(() => new Counter("C00006", Details(tacticId: "TA01 Strategic Planning"), null));

        Assert.Equal("tacticId", error.Field);
    }

    [Fact]
    public void CounterRefusesMalformedResponseType()
    {
        var error = Assert.Throws<DomainRuleException>(() => new Counter("C00006", Details(responseTypeId: "D4"), null));

        Assert.Equal("responseTypeId", error.Field);
    }

    [Fact]
    public void CounterRefusesMalformedId()
    {
        var error = Assert.Throws<DomainRuleException>(() => new Counter("C0006", Details(), null));

        Assert.Equal("id", error.Field);
    }

    [Fact]
    public void CounterRefusesBlankName()
    {
        var error = Assert.Throws<DomainRuleException>(() => new Counter("C00006", Details(name: "\t"), null));

        Assert.Equal("name", error.Field);
    }

    [Fact]
    public void SettingTechniquesReplacesTheSet()
    {
        var counter = new Counter("C00006", Details(), null);
        var kept = Technique.Create("T0002", "Kept", "TA01", null, null);
        var removed = Technique.Create("T0003", "Removed", "TA01", null, null);
        var added = Technique.Create("T0004", "Added", "TA01", null, null);
        counter.SetTechniques([kept, removed]);

        counter.SetTechniques([added, kept, added]);

        Assert.Equal(2, counter.Techniques.Count);
        Assert.Contains(kept, counter.Techniques);
        Assert.Contains(added, counter.Techniques);
        Assert.DoesNotContain(removed, counter.Techniques);
    }

    [Fact]
    public void SettingNoTechniquesClearsThem()
    {
        var counter = new Counter("C00006", Details(), null);
        counter.SetTechniques([Technique.Create("T0002", "Technique", "TA01", null, null)]);

        counter.SetTechniques([]);

        Assert.Empty(counter.Techniques);
    }

    private static CounterDetails Details(
        string name = "Counter",
        string? metatechniqueId = null,
        string? tacticId = null,
        string? responseTypeId = null) =>
        new(name, null, metatechniqueId, tacticId, responseTypeId, null, null, null);
}
