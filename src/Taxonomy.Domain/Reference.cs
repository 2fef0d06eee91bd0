namespace Taxonomy.Domain;

/// <summary>
/// A source document cited by incidents (DISARM's urls sheet), identified by its URL. It has no
/// DISARM id, so the API addresses it by a number it assigns.
/// </summary>
public sealed class Reference : DisarmObject
{
    public Reference(string url, DateOnly? publishedOn, string? publishedOnText, string? authors, string? organisation, string? archiveUrl)
    {
        Url = WebUrls.Require(url, "url");
        Update(publishedOn, publishedOnText, authors, organisation, archiveUrl);
    }

    private Reference()
    {
    }

    public int Id { get; private set; }

    public string Url { get; private set; } = "";

    public DateOnly? PublishedOn { get; private set; }

    /// <summary>The publication date as DISARM wrote it when it is text rather than a date (e.g. "2017/07/07").</summary>
    public string? PublishedOnText { get; private set; }

    public string? Authors { get; private set; }

    public string? Organisation { get; private set; }

    public string? ArchiveUrl { get; private set; }

    public void ChangeUrl(string url) => Url = WebUrls.Require(url, "url");

    public void Update(DateOnly? publishedOn, string? publishedOnText, string? authors, string? organisation, string? archiveUrl)
    {
        PublishedOn = publishedOn;
        PublishedOnText = publishedOn is null ? Text.Optional(publishedOnText) : null;
        Authors = Text.Optional(authors);
        Organisation = Text.Optional(organisation);
        ArchiveUrl = archiveUrl is null ? null : WebUrls.Require(archiveUrl, "archiveUrl");
    }
}
