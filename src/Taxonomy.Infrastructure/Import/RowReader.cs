using System.Globalization;
using Taxonomy.Domain;
using Taxonomy.Infrastructure.Catalog;

namespace Taxonomy.Infrastructure.Import;

/// <summary>
/// Reads one row's cells as the values the domain takes, recording each cell it cannot use as an
/// <see cref="ImportIssue"/> rather than failing: the workbooks are hand-kept and dirty. Only a
/// malformed id in an id column stops the import, since it means the sheet is not what it claims.
/// </summary>
internal sealed class RowReader(Sheet sheet, SheetRow row, ImportIssues issues)
{
    public int Number => row.Number;

    /// <summary>The row's own id once read, so that every issue about the row names it.</summary>
    public string? Id { get; private set; }

    /// <summary>
    /// The row's own id, normalised. A blank id skips the row (reported); an id of the wrong shape
    /// stops the import.
    /// </summary>
    public string? OwnId(string column, DisarmIdFormat format)
    {
        var text = Text(column);
        if (text is null)
        {
            Report("missing-id", column, "The row has content but no id.", "Row skipped.");
            return null;
        }

        Id = RequireShape(column, format, text);
        return Id;
    }

    /// <summary>
    /// An id the object cannot exist without, such as a technique's tactic. Blank is reported and
    /// skips the row (null); the wrong shape stops the import.
    /// </summary>
    public string? RequiredId(string column, DisarmIdFormat format)
    {
        var text = Text(column);
        if (text is null)
        {
            Report("missing-value", column, $"The row names no {format.Kind}, which a {sheet.Name} row needs.", "Row skipped.");
            return null;
        }

        return RequireShape(column, format, text);
    }

    /// <summary>
    /// An optional id written as the first word of the cell, as in "TA01 Strategic Planning" or
    /// "M004 - Friction". Anything else is reported and read as no id.
    /// </summary>
    public string? LeadingId(string column, DisarmIdFormat format)
    {
        var text = Text(column);
        if (text is null)
        {
            return null;
        }

        var (id, entries) = CellReading.LeadingId(text, format);
        if (id is null)
        {
            Report("unparseable-cell", column, $"'{text}' does not start with {format.Describe()}.", "Left empty.");
        }
        else if (entries > 1)
        {
            Report("unparseable-cell", column, $"'{text}' names more than one {format.Kind}; an object has one.", $"Kept the first, {id}.");
        }

        return id;
    }

    /// <summary>
    /// A list of ids separated by commas, semicolons or line breaks, each optionally followed by a
    /// name ("A016 - influencer,A006 - educator"). Entries that are not ids are reported and left out.
    /// </summary>
    public IReadOnlyList<string> IdList(string column, DisarmIdFormat format) =>
        CellReading.IdList(Text(column), format, (entry, found) =>
            Report("unparseable-cell", column, $"'{entry}' is not {format.Describe()}.", found.Count > 0 ? $"Read as {string.Join(", ", found)}." : "Entry left out."));

    /// <summary>
    /// The technique ids anywhere in a free-text list such as "T0049 - Flooding T0052 - Tertiary
    /// Sites Amplify News" (see <see cref="CellReading.TechniqueIdsIn"/>). Tactic ids and text with
    /// no technique id are reported.
    /// </summary>
    public IReadOnlyList<string> TechniqueIdsIn(string column)
    {
        var text = Text(column);
        if (text is null)
        {
            return [];
        }

        var (techniques, tactics) = CellReading.TechniqueIdsIn(text);
        if (tactics.Count > 0)
        {
            Report("unparseable-cell", column, $"The list names tactics ({string.Join(", ", tactics)}), not techniques.", "Tactics left out.");
        }

        if (techniques.Count == 0 && tactics.Count == 0)
        {
            Report("unparseable-cell", column, $"'{Shorten(text)}' names no technique id.", "No techniques linked.");
        }

        return techniques;
    }

    /// <summary>The web addresses of a space-separated list; pieces that are not one are reported and left out.</summary>
    public IReadOnlyList<string> Urls(string column) =>
        CellReading.Urls(Text(column), piece => Report("unparseable-cell", column, $"'{piece}' is not an http or https URL.", "Left out."));

    /// <summary>A whole number such as a rank; the workbooks store numbers as doubles.</summary>
    public int? WholeNumber(string column)
    {
        var cell = Cell(column);
        if (cell is null || (cell is string blank && string.IsNullOrWhiteSpace(blank)))
        {
            return null;
        }

        var number = cell switch
        {
            double value => value,
            string text when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) => parsed,
            _ => (double?)null,
        };
        if (number is not { } whole || whole != Math.Floor(whole) || whole is < int.MinValue or > int.MaxValue)
        {
            Report("unparseable-cell", column, $"'{Text(column)}' is not a whole number.", "Left empty.");
            return null;
        }

        return (int)whole;
    }

    /// <summary>A year stored as a number (2016) or as text ("2016.0"), within the years the domain accepts.</summary>
    public int? Year(string column)
    {
        var year = WholeNumber(column);
        if (year is < Incident.EarliestYear or > Incident.LatestYear)
        {
            Report("unparseable-cell", column, $"{year} is not a year from {Incident.EarliestYear} to {Incident.LatestYear}.", "Left empty.");
            return null;
        }

        return year;
    }

    /// <summary>A date from a date-formatted cell, or from text written 2019-02-24 or 2019/02/24.</summary>
    public DateOnly? Date(string column)
    {
        switch (Cell(column))
        {
            case DateTime value:
                return DateOnly.FromDateTime(value);
            case string text when string.IsNullOrWhiteSpace(text):
            case null:
                return null;
            case string text when DateOnly.TryParseExact(text.Trim(), ["yyyy-MM-dd", "yyyy/MM/dd", "yyyy-MM-dd HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed):
                return parsed;
            default:
                Report("unparseable-cell", column, $"'{Text(column)}' is not a date.", "Left empty.");
                return null;
        }
    }

    /// <summary>The cell as text; blank is null. Numbers are written as the shortest round-trip form.</summary>
    public string? Text(string column) => Cell(column) switch
    {
        null => null,
        string text => string.IsNullOrWhiteSpace(text) ? null : text,
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        DateTime date => date.ToString(date.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        bool flag => flag ? "TRUE" : "FALSE",
        var other => Convert.ToString(other, CultureInfo.InvariantCulture),
    };

    /// <summary>A date cell as a date, or a text cell as its text: for columns DISARM fills either way.</summary>
    public (DateOnly? Date, string? Text) DateOrText(string column) => Cell(column) switch
    {
        DateTime value => (DateOnly.FromDateTime(value), null),
        _ => (null, Text(column)),
    };

    public void Report(string kind, string? column, string problem, string action) =>
        issues.Add(new ImportIssue(kind, sheet.Workbook, sheet.Name, row.Number, column is null ? null : sheet.DescribeColumn(column), Id, problem, action));

    /// <summary>Reports a domain rule the row breaks; the field is the API's name, which matches the sheet's column more often than not.</summary>
    public void Report(DomainRuleException rule, string action) =>
        issues.Add(new ImportIssue("invalid-row", sheet.Workbook, sheet.Name, row.Number, null, Id, $"{rule.Field}: {rule.Message}", action));

    private string RequireShape(string column, DisarmIdFormat format, string text)
    {
        var id = DisarmIds.Normalize(text);
        if (!format.IsValid(id))
        {
            throw new ImportFailedException($"'{text}' is not {format.Describe()}.", sheet.Workbook, sheet.Name, row.Number, sheet.DescribeColumn(column));
        }

        return id;
    }

    private object? Cell(string column) => sheet.Cell(row, column);

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";
}
