using System.Text.RegularExpressions;

namespace Taxonomy.Infrastructure.Import;

/// <summary>
/// An id that a workbook row's link cells mention (a mapping's incident and techniques, a
/// counter's techniques, a technique's tactic), so that a page can read just the rows it shows
/// instead of whole sheets. It over-approximates on purpose: the page renderer still applies
/// DISARM's exact parsing to the rows it gets.
/// </summary>
public sealed partial class WorkbookLink
{
    private static readonly Dictionary<string, string[]> LinkColumns = new(StringComparer.Ordinal)
    {
        ["techniques"] = ["tactic_id"],
        ["tasks"] = ["tactic_id"],
        ["associatedtechniques"] = ["technique_id"],
        ["incidenttechniques"] = ["incident_id", "technique_ids"],
        ["countermeasures"] = ["techniques", "actortypes", "metatechnique", "tactic"],
    };

    /// <summary>The sheets whose rows have links.</summary>
    public static IReadOnlyCollection<string> LinkedSheets => LinkColumns.Keys;

    public WorkbookLink(string sheet, string token)
    {
        Sheet = sheet;
        Token = token;
    }

    public int Id { get; private set; }

    public int WorkbookRowId { get; private set; }

    public string Sheet { get; private set; }

    public string Token { get; private set; }

    /// <summary>The ids the row's link cells mention, each once.</summary>
    public static IEnumerable<string> TokensOf(string sheet, IReadOnlyDictionary<string, string> cells) =>
        LinkColumns.TryGetValue(sheet, out var columns)
            ? columns.SelectMany(column => IdShape().Matches(cells.GetValueOrDefault(column) ?? "").Select(match => match.Value)).Distinct(StringComparer.Ordinal)
            : [];

    [GeneratedRegex(@"[A-Za-z]{1,2}[0-9]{2,8}(\.[0-9]{3})?", RegexOptions.CultureInvariant, 100)]
    private static partial Regex IdShape();
}
