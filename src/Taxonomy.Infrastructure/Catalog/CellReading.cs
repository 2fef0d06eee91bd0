using System.Globalization;
using System.Text.RegularExpressions;
using Taxonomy.Domain;

namespace Taxonomy.Infrastructure.Catalog;

/// <summary>
/// How the importer reads the text of DISARM's cells: id lists, "M004 - Friction" references,
/// free-text technique lists, URL lists, numbers and dates. The importer reads each row with these,
/// and the pages use the same readings to tell whether an imported cell still says what the
/// object now holds, so there is one reading of each kind of cell.
/// </summary>
public static partial class CellReading
{
    private static readonly char[] ListSeparators = [',', ';', '\n', '\r'];
    private static readonly char[] UrlSeparators = [' ', '\n', '\r', '\t'];
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy/MM/dd", "yyyy-MM-dd HH:mm:ss"];

    // The strings pandas reads as a missing value, which DISARM's generator prints as nothing.
    private static readonly HashSet<string> MissingMarkers = new(StringComparer.Ordinal)
    {
        "", "#N/A", "#N/A N/A", "#NA", "-1.#IND", "-1.#QNAN", "-NaN", "-nan", "1.#IND", "1.#QNAN", "<NA>", "N/A", "NA", "NULL", "NaN", "None", "n/a", "nan", "null",
    };

    /// <summary>Whether DISARM's generator (pandas) reads a cell's text as no value: blank, "n/a", "NULL", ...</summary>
    public static bool IsMissing(string text) => MissingMarkers.Contains(text);

    /// <summary>
    /// A list of ids separated by commas, semicolons or line breaks, each optionally followed by a
    /// name ("A016 - influencer,A006 - educator"). An entry that does not start with an id is
    /// searched for ids ("T0162.003. T0162"); <paramref name="odd"/> hears of each such entry with
    /// what was read from it, possibly nothing.
    /// </summary>
    public static IReadOnlyList<string> IdList(string? text, DisarmIdFormat format, Action<string, IReadOnlyList<string>>? odd = null)
    {
        ArgumentNullException.ThrowIfNull(format);
        var ids = new List<string>();
        foreach (var entry in (text ?? "").Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var id = FirstWord(entry);
            if (format.IsValid(id))
            {
                ids.Add(id);
                continue;
            }

            var found = IdToken().Matches(entry).Select(match => match.Value.ToUpperInvariant()).Where(format.IsValid).ToList();
            ids.AddRange(found);
            odd?.Invoke(entry, found);
        }

        return ids.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// The technique ids anywhere in a free-text list such as "T0049 - Flooding T0052 - Tertiary
    /// Sites Amplify News", and the tactic ids among them: DISARM separates the entries with
    /// spaces as often as with line breaks, and technique names contain commas, so ids are found
    /// by their shape.
    /// </summary>
    public static (IReadOnlyList<string> Techniques, IReadOnlyList<string> Tactics) TechniqueIdsIn(string? text)
    {
        var techniques = new List<string>();
        var tactics = new List<string>();
        foreach (Match match in IdToken().Matches(text ?? ""))
        {
            var id = match.Value.ToUpperInvariant();
            if (DisarmIds.Technique.IsValid(id))
            {
                techniques.Add(id);
            }
            else if (DisarmIds.Tactic.IsValid(id))
            {
                tactics.Add(id);
            }
        }

        return (techniques.Distinct(StringComparer.Ordinal).ToList(), tactics.Distinct(StringComparer.Ordinal).ToList());
    }

    /// <summary>
    /// The id a cell starts with, as in "TA01 Strategic Planning" or "M004 - Friction", or null;
    /// and how many entries the cell lists ("M006 - Scoring, M005 - Removal" lists two).
    /// </summary>
    public static (string? Id, int Entries) LeadingId(string? text, DisarmIdFormat format)
    {
        ArgumentNullException.ThrowIfNull(format);
        var parts = (text ?? "").Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var id = parts.Length == 0 ? null : FirstWord(parts[0]);
        return (format.IsValid(id) ? id : null, parts.Length);
    }

    /// <summary>The web addresses in a space-separated list, in order; <paramref name="invalid"/> hears of each piece that is not one.</summary>
    public static IReadOnlyList<string> Urls(string? text, Action<string>? invalid = null)
    {
        var urls = new List<string>();
        foreach (var piece in (text ?? "").Split(UrlSeparators, StringSplitOptions.RemoveEmptyEntries))
        {
            if (WebUrls.IsValid(piece))
            {
                urls.Add(piece);
            }
            else
            {
                invalid?.Invoke(piece);
            }
        }

        return urls;
    }

    /// <summary>A number written as text ("6", "2016.0"), or null when the text is blank or not a number.</summary>
    public static double? Number(string? text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : null;

    /// <summary>A date written 2019-02-24, 2019/02/24 or 2019-02-24 00:00:00 (how a date cell prints), or null.</summary>
    public static DateOnly? Date(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    /// <summary>The id an entry starts with: the entry up to its first space, dash or colon, normalised.</summary>
    public static string FirstWord(string entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var normalized = DisarmIds.Normalize(entry);
        var end = normalized.IndexOfAny([' ', '\t', '\u00A0', '-', ':']);
        return end < 0 ? normalized : normalized[..end];
    }

    // Any DISARM-shaped id, with word boundaries on both sides so that T00145 or XT0049 are not
    // read as ids; callers keep the shapes they want.
    [GeneratedRegex(@"(?<![A-Za-z0-9.])([A-Z]{1,2}[0-9]{2,8}(\.[0-9]{3})?)(?![0-9A-Za-z])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, 100)]
    private static partial Regex IdToken();
}
