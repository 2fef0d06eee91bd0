namespace Taxonomy.Domain.Tests;

public sealed class IncidentTests
{
    [Theory]
    [InlineData(1900)]
    [InlineData(2016)]
    [InlineData(2100)]
    [InlineData(null)]
    public void IncidentAcceptsYearFrom1900To2100OrNone(int? year)
    {
        var incident = new Incident("I00251", Details(yearStarted: year));

        Assert.Equal(year, incident.YearStarted);
    }

    [Theory]
    [InlineData(1899)]
    [InlineData(2101)]
    [InlineData(16)]
    public void IncidentYearOutside1900To2100IsRefused(int year)
    {
        var error = Assert.Throws<DomainRuleException>(() => new Incident("I00251", Details(yearStarted: year)));

        Assert.Equal("yearStarted", error.Field);
    }

    [Theory]
    [InlineData("example.org/report")]
    [InlineData("/report")]
    [InlineData("ftp://example.org/report")]
    [InlineData("mailto:someone@example.org")]
    [InlineData("")]
    public void IncidentUrlMustBeAbsoluteHttpNamingItsIndex(string badUrl)
    {
        var error = Assert.Throws<DomainRuleException>(
            () => new Incident("I00251", Details(urls: ["https://example.org/first", badUrl])));

        Assert.Equal("urls[1]", error.Field);
    }

    [Fact]
    public void IncidentUrlsAreTrimmedAndRepeatsDroppedInOrder()
    {
        var incident = new Incident("I00251", Details(urls:
        [
            "https://example.org/b",
            " http://example.org/a ",
            "https://example.org/b",
            "http://example.org/a",
            "https://example.org/c",
        ]));

        Assert.Equal(["https://example.org/b", "http://example.org/a", "https://example.org/c"], incident.Urls);
    }

    [Fact]
    public void IncidentRefusesMalformedId()
    {
        var error = Assert.Throws<DomainRuleException>(() => new Incident("I0251", Details()));

        Assert.Equal("id", error.Field);
    }

    [Fact]
    public void IncidentRefusesBlankName()
    {
        var error = Assert.Throws<DomainRuleException>(() => new Incident("I00251", Details(name: " ")));

        Assert.Equal("name", error.Field);
    }

    private static IncidentDetails Details(string name = "Incident", int? yearStarted = 2016, IReadOnlyList<string>? urls = null) =>
        new(name, "incident", null, yearStarted, null, null, urls ?? [], null, null, null);
}
