namespace Taxonomy.Domain.Tests;

public sealed class AssociatedTechniqueTests
{
    [Fact]
    public void AssociationNormalisesBothTechniqueIds()
    {
        var association = new AssociatedTechnique("at00000001", " t0166 ", "t0166.003", "How to choose");

        Assert.Equal("AT00000001", association.Id);
        Assert.Equal("T0166", association.TechniqueId);
        Assert.Equal("T0166.003", association.AssociatedTechniqueId);
    }

    [Fact]
    public void TechniqueIsNotAssociatedWithItself()
    {
        var error = Assert.Throws<DomainRuleException>(() => new AssociatedTechnique("AT00000001", "T0166", " t0166", null));

        Assert.Equal("associatedTechniqueId", error.Field);
    }

    [Fact]
    public void AssociationRefusesMalformedTechniqueIds()
    {
        var technique = Assert.Throws<DomainRuleException>(() => new AssociatedTechnique("AT00000001", "T166", "T0167", null));
        var associated = Assert.Throws<DomainRuleException>(() => new AssociatedTechnique("AT00000001", "T0166", "TA07", null));

        Assert.Equal("techniqueId", technique.Field);
        Assert.Equal("associatedTechniqueId", associated.Field);
    }
}
