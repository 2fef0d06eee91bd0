namespace Taxonomy.Domain.Tests;

public sealed class ReferenceTests
{
    [Fact]
    public void ReferenceKeepsTrimmedUrl()
    {
        var reference = new Reference(" https://example.org/report ", null, null, null, null, null);

        Assert.Equal("https://example.org/report", reference.Url);
    }

    [Theory]
    [InlineData("example.org/report")]
    [InlineData("ftp://example.org/report")]
    [InlineData("")]
    [InlineData(" ")]
    public void ReferenceRefusesUrlThatIsNotAbsoluteHttp(string url)
    {
        var error = Assert.Throws<DomainRuleException>(() => new Reference(url, null, null, null, null, null));

        Assert.Equal("url", error.Field);
    }

    [Fact]
    public void ChangingUrlToRelativeIsRefused()
    {
        var reference = new Reference("https://example.org/report", null, null, null, null, null);

        var error = Assert.Throws<DomainRuleException>(() => reference.ChangeUrl("report.html"));

        Assert.Equal("url", error.Field);
        Assert.Equal("https://example.org/report", reference.Url);
    }

    [Fact]
    public void ReferenceRefusesArchiveUrlThatIsNotAbsoluteHttp()
    {
        var error = Assert.Throws<DomainRuleException>(
            () => new Reference("https://example.org/report", null, null, null, null, "archive.org/report"));

        Assert.Equal("archiveUrl", error.Field);
    }

    [Fact]
    public void PublicationDateClearsPublicationText()
    {
        var reference = new Reference("https://example.org/report", new DateOnly(2017, 7, 7), "2017/07/07", null, null, null);

        Assert.Equal(new DateOnly(2017, 7, 7), reference.PublishedOn);
        Assert.Null(reference.PublishedOnText);
    }

    [Fact]
    public void PublicationTextIsKeptWithoutPublicationDate()
    {
        var reference = new Reference("https://example.org/report", null, "2017/07/07", null, null, null);

        Assert.Null(reference.PublishedOn);
        Assert.Equal("2017/07/07", reference.PublishedOnText);
    }
}
