using System.Globalization;
using System.Text.RegularExpressions;

namespace Taxonomy.Infrastructure.Releases;

/// <summary>
/// The names releases go by ("1.6", "1.7-curated", "2026-11-28"): short, and safe in a URL's path
/// and query without escaping. Two labels that differ only in letter case name the same release.
/// </summary>
public static partial class ReleaseLabels
{
    public const int MaxLength = 40;

    public const string Rule = "1 to 40 letters, digits, '.', '-' or '_', starting and ending with a letter or digit, such as 1.6, 1.7-curated or 2026-11-28";

    public static bool IsValid(string? label) => label is not null && Pattern().IsMatch(label);

    /// <summary>The label of a release not given one: the day of its import, numbered when that day already has one (2026-11-28-2).</summary>
    public static string ByDate(DateTime importedAt, Func<string, bool> taken)
    {
        ArgumentNullException.ThrowIfNull(taken);
        var day = importedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var label = day;
        for (var n = 2; taken(label); n++)
        {
            label = string.Create(CultureInfo.InvariantCulture, $"{day}-{n}");
        }

        return label;
    }

    [GeneratedRegex("^[0-9A-Za-z](?:[0-9A-Za-z._-]{0,38}[0-9A-Za-z])?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
