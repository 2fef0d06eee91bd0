namespace Taxonomy.Domain;

/// <summary>The web addresses DISARM cites: absolute http or https URLs.</summary>
public static class WebUrls
{
    public static bool IsValid(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    internal static string Require(string? url, string field) =>
        IsValid(url) ? url!.Trim() : throw new DomainRuleException(field, $"'{url}' is not an absolute http or https URL.");

    /// <summary>Keeps DISARM's order and drops repeats, which add nothing to an incident's sources.</summary>
    internal static List<string> Normalize(IEnumerable<string> urls) =>
        urls.Select((url, index) => Require(url, $"urls[{index}]")).Distinct(StringComparer.Ordinal).ToList();
}
