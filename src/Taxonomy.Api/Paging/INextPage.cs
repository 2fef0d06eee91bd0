namespace Taxonomy.Api.Paging;

/// <summary>A page of a list that names where the following page starts.</summary>
public interface INextPage
{
    /// <summary>The value of after for the following page (the page's next), or null when none follows.</summary>
    string? NextPageAfter { get; }
}
