namespace Taxonomy.Domain.Tests;

public sealed class PhaseTests
{
    [Fact]
    public void PhaseKeepsNormalisedIdAndRank()
    {
        var phase = new Phase(" p01 ", "Plan", 1, null);

        Assert.Equal("P01", phase.Id);
        Assert.Equal(1, phase.Rank);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void PhaseRankBelowOneIsRefused(int rank)
    {
        var error = Assert.Throws<DomainRuleException>(() => new Phase("P01", "Plan", rank, null));

        Assert.Equal("rank", error.Field);
    }

    [Fact]
    public void UpdatingPhaseRankBelowOneIsRefused()
    {
        var phase = new Phase("P01", "Plan", 1, null);

        var error = Assert.Throws<DomainRuleException>(() => phase.Update("Plan", 0, null));

        Assert.Equal("rank", error.Field);
    }
}
