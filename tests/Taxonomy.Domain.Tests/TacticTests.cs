namespace Taxonomy.Domain.Tests;

public sealed class TacticTests
{
    [Fact]
    public void TacticNormalisesItsIdAndPhase()
    {
        var tactic = new Tactic(" ta06", "Develop Content", "p02\u00a0", 6, null);

        Assert.Equal("TA06", tactic.Id);
        Assert.Equal("P02", tactic.PhaseId);
        Assert.Equal(6, tactic.Rank);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-6)]
    public void TacticRankBelowOneIsRefused(int rank)
    {
        var error = Assert.Throws<DomainRuleException>(() => new Tactic("TA06", "Develop Content", "P02", rank, null));

        Assert.Equal("rank", error.Field);
    }

    [Fact]
    public void TacticRefusesMalformedPhase()
    {
        var error = Assert.Throws<DomainRuleException>(() => new Tactic("TA06", "Develop Content", "P2", 6, null));

        Assert.Equal("phaseId", error.Field);
    }
}
