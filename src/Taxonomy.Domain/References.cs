namespace Taxonomy.Domain;

internal static class References
{
    public static string RequireUrl(string? url, string field)
    {
        var trimmed = url?.Trim();
        if (!Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw new DomainRuleException(field, $"'{url}' is not an absolute http or https URL.");
        }

        return trimmed!;
    }

    /// <summary>Keeps DISARM's order and drops repeats, which add nothing to an incident's sources.</summary>
    public static List<string> NormalizeUrls(IEnumerable<string> urls) =>
        urls.Select((url, index) => RequireUrl(url, $"urls[{index}]")).Distinct(StringComparer.Ordinal).ToList();
}
