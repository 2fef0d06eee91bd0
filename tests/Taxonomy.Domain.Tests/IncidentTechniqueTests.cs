namespace Taxonomy.Domain.Tests;

public sealed class IncidentTechniqueTests
{
    [Fact]
    public void MappingNormalisesIdsAndTrimsVersion()
    {
        var mapping = new IncidentTechnique(" it00000215", "i00251 ", "Quoted passage", " 1.7 ");

        Assert.Equal("IT00000215", mapping.Id);
        Assert.Equal("I00251", mapping.IncidentId);
        Assert.Equal("1.7", mapping.DisarmVersion);
    }

    [Fact]
    public void MappingRefusesMalformedIncident()
    {
        var error = Assert.Throws<DomainRuleException>(() => new IncidentTechnique("IT00000215", "I0251", null, null));

        Assert.Equal("incidentId", error.Field);
    }

    [Fact]
    public void MappingNeedsAtLeastOneTechnique()
    {
        var mapping = new IncidentTechnique("IT00000215", "I00251", null, null);

        var error = Assert.Throws<DomainRuleException>(() => mapping.SetTechniques([]));

        Assert.Equal("techniqueIds", error.Field);
    }

    [Fact]
    public void SettingTechniquesReplacesThem()
    {
        var mapping = new IncidentTechnique("IT00000215", "I00251", null, null);
        var first = Technique.Create("T0166", "First", "TA06", null, null);
        var second = Technique.Create("T0167", "Second", "TA06", null, null);
        mapping.SetTechniques([first]);

        mapping.SetTechniques([second, second]);

        Assert.Equal([second], mapping.Techniques);
    }
}
