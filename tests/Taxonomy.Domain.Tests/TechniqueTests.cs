namespace Taxonomy.Domain.Tests;

public sealed class TechniqueTests
{
    [Fact]
    public void TechniqueIdAndTacticAreNormalised()
    {
        var technique = Technique.Create(" t0166 ", "Dox", "\u00a0ta06 ", null, null);

        Assert.Equal("T0166", technique.Id);
        Assert.Equal("TA06", technique.TacticId);
        Assert.Null(technique.ParentId);
        Assert.False(technique.IsSubtechnique);
    }

    [Fact]
    public void TechniqueNeedsATactic()
    {
        var error = Assert.Throws<DomainRuleException>(() => Technique.Create("T0166", "Dox", null, null, null));

        Assert.Equal("tacticId", error.Field);
    }

    [Fact]
    public void TechniqueRefusesMalformedTactic()
    {
        var error = Assert.Throws<DomainRuleException>(() => Technique.Create("T0166", "Dox", "TA6", null, null));

        Assert.Equal("tacticId", error.Field);
    }

    [Fact]
    public void TechniqueRefusesMalformedId()
    {
        var error = Assert.Throws<DomainRuleException>(() => Technique.Create("T166", "Dox", "TA06", null, null));

        Assert.Equal("id", error.Field);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u00a0")]
    public void TechniqueRefusesBlankName(string name)
    {
        var error = Assert.Throws<DomainRuleException>(() => Technique.Create("T0166", name, "TA06", null, null));

        Assert.Equal("name", error.Field);
    }

    [Fact]
    public void TechniqueNameIsTrimmedAndBlankSummaryIsNull()
    {
        var technique = Technique.Create("T0166", "  Dox  ", "TA06", "  ", null);

        Assert.Equal("Dox", technique.Name);
        Assert.Null(technique.Summary);
    }

    [Fact]
    public void SubtechniqueNeedsItsParent()
    {
        var error = Assert.Throws<DomainRuleException>(() => Technique.Create("T0166.003", "Sub", "TA06", null, null));

        Assert.Equal("id", error.Field);
    }

    [Fact]
    public void SubtechniqueRefusesAnotherTechniqueAsParent()
    {
        var other = Technique.Create("T0167", "Other", "TA06", null, null);

        var error = Assert.Throws<DomainRuleException>(() => Technique.Create("T0166.003", "Sub", null, null, other));

        Assert.Equal("id", error.Field);
    }

    [Fact]
    public void SubtechniqueTakesItsParentsTactic()
    {
        var parent = Technique.Create("T0166", "Parent", "TA06", null, null);

        var subtechnique = Technique.Create("t0166.003", "Sub", null, null, parent);

        Assert.Equal("T0166.003", subtechnique.Id);
        Assert.Equal("TA06", subtechnique.TacticId);
        Assert.Equal("T0166", subtechnique.ParentId);
        Assert.True(subtechnique.IsSubtechnique);
    }

    [Theory]
    [InlineData("TA06")]
    [InlineData("ta06")]
    [InlineData(" Ta06\u00a0")]
    public void SubtechniqueAcceptsItsParentsTacticInAnyCase(string tacticId)
    {
        var parent = Technique.Create("T0166", "Parent", "TA06", null, null);

        var subtechnique = Technique.Create("T0166.003", "Sub", tacticId, null, parent);

        Assert.Equal("TA06", subtechnique.TacticId);
    }

    [Fact]
    public void SubtechniqueRefusesAnotherTactic()
    {
        var parent = Technique.Create("T0166", "Parent", "TA06", null, null);

        var error = Assert.Throws<DomainRuleException>(() => Technique.Create("T0166.003", "Sub", "TA07", null, parent));

        Assert.Equal("tacticId", error.Field);
    }

    [Fact]
    public void MovingATechniqueToAnotherTacticMovesItsSubtechniques()
    {
        var parent = Technique.Create("T0166", "Parent", "TA06", null, null);
        var first = Technique.Create("T0166.001", "First", null, null, parent);
        var second = Technique.Create("T0166.002", "Second", null, null, parent);
        parent.Subtechniques.Add(first);
        parent.Subtechniques.Add(second);

        parent.Update("Parent", "ta07", null);

        Assert.Equal("TA07", parent.TacticId);
        Assert.Equal("TA07", first.TacticId);
        Assert.Equal("TA07", second.TacticId);
    }

    [Fact]
    public void UpdatingATechniqueWithoutTacticIsRefused()
    {
        var technique = Technique.Create("T0166", "Dox", "TA06", null, null);

        var error = Assert.Throws<DomainRuleException>(() => technique.Update("Dox", null, null));

        Assert.Equal("tacticId", error.Field);
    }

    [Fact]
    public void UpdatingASubtechniqueToAnotherTacticIsRefused()
    {
        var parent = Technique.Create("T0166", "Parent", "TA06", null, null);
        var subtechnique = Technique.Create("T0166.003", "Sub", null, null, parent);

        var error = Assert.Throws<DomainRuleException>(() => subtechnique.Update("Sub", "TA07", null));

        Assert.Equal("tacticId", error.Field);
        Assert.Equal("TA06", subtechnique.TacticId);
    }

    [Fact]
    public void UpdatingASubtechniqueKeepsItsTacticWhenTacticIsLeftOut()
    {
        var parent = Technique.Create("T0166", "Parent", "TA06", null, null);
        var subtechnique = Technique.Create("T0166.003", "Sub", null, null, parent);

        subtechnique.Update("Renamed", null, "Summary");

        Assert.Equal("Renamed", subtechnique.Name);
        Assert.Equal("Summary", subtechnique.Summary);
        Assert.Equal("TA06", subtechnique.TacticId);
    }

    [Fact]
    public void UpdatingWithBlankNameIsRefused()
    {
        var technique = Technique.Create("T0166", "Dox", "TA06", null, null);

        var error = Assert.Throws<DomainRuleException>(() => technique.Update(" ", "TA06", null));

        Assert.Equal("name", error.Field);
    }
}
