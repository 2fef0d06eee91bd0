using Taxonomy.Domain;

namespace Taxonomy.Infrastructure.Catalog;

/// <summary>
/// One column of a DISARM sheet and the domain value it holds. Besides its name, it knows how to
/// print the value as a cell and whether a cell's text, as imported, still says what the object
/// now holds: DISARM's generator prints cells as the workbook has them ("2016.0", untrimmed text,
/// "M004 - Friction"), and pages print the imported text only while it agrees with the object.
/// </summary>
public abstract class Column(string name, bool required, DisarmType? target)
{
    public string Name { get; } = name;

    /// <summary>
    /// Whether an import needs the column: it holds the object's id, links it to other objects, or
    /// holds a value the domain builds no object without (a name, a phase's or tactic's rank), so
    /// that a sheet lacking it would import no object at all. An import without it fails; any other
    /// column may be missing, as in older DISARM releases, and then reads as empty.
    /// </summary>
    public bool Required { get; } = required;

    /// <summary>The type of the objects the column names, if it names any.</summary>
    public DisarmType? Target { get; } = target;

    /// <summary>Whether the column's text names other objects by name as well as by id ("R004 - platform algorithms").</summary>
    public bool ShowsNames { get; internal init; }

    /// <summary>The ids of <see cref="Target"/> objects a cell names, read as the importer reads them.</summary>
    public virtual IReadOnlyList<string> IdsIn(string text) => [];
}

/// <summary>A column of the sheet of <typeparamref name="T"/>.</summary>
public sealed class Column<T> : Column
{
    private readonly Func<T, string> _print;
    private readonly Func<string, T, ICellContext, bool> _agrees;
    private readonly Func<string, IReadOnlyList<string>> _idsIn;

    internal Column(string name, bool required, DisarmType? target, Func<T, string> print, Func<string, T, ICellContext, bool> agrees, Func<string, IReadOnlyList<string>>? idsIn = null)
        : base(name, required, target)
    {
        _print = print;
        _agrees = agrees;
        _idsIn = idsIn ?? (_ => []);
    }

    /// <summary>The cell an object's value makes, written the way DISARM writes its sheets.</summary>
    public string Print(T entity) => _print(entity);

    /// <summary>Whether <paramref name="text"/> (a cell as imported) still says what <paramref name="entity"/> holds.</summary>
    public bool Agrees(string text, T entity, ICellContext context) => _agrees(text, entity, context);

    public override IReadOnlyList<string> IdsIn(string text) => _idsIn(text);
}

/// <summary>The kinds of column DISARM's sheets have, each with its printing and agreement rules.</summary>
public static class Columns
{
    /// <summary>The column holding an object's own id (the URL itself for references).</summary>
    public static Column<T> Key<T>(string name, Func<T, string> key, bool isUrl = false) =>
        new(name, required: true, target: null, key, (text, entity, _) => (isUrl ? text.Trim() : DisarmIds.Normalize(text)) == key(entity));

    /// <summary>Free text; blank text and pandas' missing markers ("n/a") are no text.</summary>
    public static Column<T> Text<T>(string name, Func<T, string?> value, bool required = false) =>
        new(name, required, target: null, entity => value(entity) ?? "", (text, entity, _) => Canonical(text) == Canonical(value(entity)));

    /// <summary>A whole number, which pandas prints as "2016.0" in a column with gaps.</summary>
    public static Column<T> Number<T>(string name, Func<T, int?> value, bool required = false) =>
        new(
            name,
            required,
            target: null,
            entity => value(entity)?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
            (text, entity, _) => CellReading.Number(text) is { } number ? number == value(entity) : value(entity) is null && Canonical(text).Length == 0);

    /// <summary>A date, which a date cell prints as "2023-10-30 00:00:00".</summary>
    public static Column<T> Date<T>(string name, Func<T, DateOnly?> value) =>
        new(name, required: false, target: null, entity => Print(value(entity)), (text, entity, _) => SameDate(text, value(entity)));

    /// <summary>A date cell, or text where DISARM wrote the date as text ("2017/07/07"), which the importer keeps as text.</summary>
    public static Column<T> DateOrText<T>(string name, Func<T, DateOnly?> date, Func<T, string?> text) =>
        new(
            name,
            required: false,
            target: null,
            entity => date(entity) is { } day ? Print(day) : text(entity) ?? "",
            (cell, entity, _) => date(entity) is { } day ? CellReading.Date(cell) == day : Canonical(cell) == Canonical(text(entity)));

    /// <summary>
    /// A link to one object by its id, as in "TA06" or, with a name after it, "TA01 Strategic
    /// Planning" and "M004 - Friction" (<paramref name="name"/> and <paramref name="separator"/> given).
    /// </summary>
    public static Column<T> Link<T>(string name, DisarmType target, Func<T, string?> id, Func<T, string?>? linkedName = null, string separator = " - ", bool required = false) =>
        new(
            name,
            required,
            target,
            entity => id(entity) is { } linked ? (linkedName is null ? linked : $"{linked}{separator}{linkedName(entity)}") : "",
            (text, entity, context) =>
            {
                var read = CellReading.LeadingId(text, target.Ids!).Id;
                var idAgrees = read == id(entity) || (id(entity) is null && (read is null || !context.Exists(target, read)));
                return idAgrees && (linkedName is null || NamesUnchanged(CellReading.IdList(text, target.Ids!), target, context));
            },
            text => CellReading.IdList(text, target.Ids!))
        {
            ShowsNames = linkedName is not null,
        };

    /// <summary>
    /// A list of links, written with <paramref name="separator"/> between entries, each entry the
    /// id alone or, when <paramref name="withNames"/>, "A033 - social media platform owner".
    /// </summary>
    public static Column<T> Links<T>(string name, DisarmType target, Func<T, IEnumerable<(string Id, string Name)>> links, string separator, bool withNames, bool required = false) =>
        new(
            name,
            required,
            target,
            entity => string.Join(separator, links(entity).OrderBy(link => link.Id, StringComparer.Ordinal).Select(link => withNames ? $"{link.Id} - {link.Name}" : link.Id)),
            (text, entity, context) =>
            {
                var read = CellReading.IdList(text, target.Ids!);
                return SameLinks(read, links(entity).Select(link => link.Id), target, context) && (!withNames || NamesUnchanged(read, target, context));
            },
            text => CellReading.IdList(text, target.Ids!))
        {
            ShowsNames = withNames,
        };

    /// <summary>
    /// Technique ids anywhere in free text ("T0049 - Flooding T0052 - Tertiary Sites"), as counters
    /// and detections list them; written one per line, "T0049 - Flooding".
    /// </summary>
    public static Column<T> TechniqueList<T>(string name, DisarmType techniques, Func<T, IEnumerable<Technique>> linked) =>
        new(
            name,
            required: true,
            techniques,
            entity => string.Join('\n', linked(entity).OrderBy(t => t.Id, StringComparer.Ordinal).Select(t => $"{t.Id} - {t.Name}")),
            (text, entity, context) => SameLinks(CellReading.TechniqueIdsIn(text).Techniques, linked(entity).Select(t => t.Id), techniques, context),
            text => CellReading.TechniqueIdsIn(text).Techniques);

    /// <summary>A web address; text that is not one is read as no address.</summary>
    public static Column<T> Url<T>(string name, Func<T, string?> url) =>
        new(name, required: false, target: null, entity => url(entity) ?? "", (text, entity, _) => (WebUrls.IsValid(text) ? text.Trim() : null) == url(entity));

    /// <summary>Web addresses separated by spaces; pieces that are not addresses are no part of the value.</summary>
    public static Column<T> Urls<T>(string name, Func<T, IReadOnlyList<string>> urls) =>
        new(
            name,
            required: false,
            target: null,
            entity => string.Join(' ', urls(entity)),
            (text, entity, _) => CellReading.Urls(text).Select(url => url.Trim()).Distinct(StringComparer.Ordinal).SequenceEqual(urls(entity), StringComparer.Ordinal));

    private static string Canonical(string? text)
    {
        var trimmed = (text ?? "").Trim();
        return CellReading.IsMissing(trimmed) ? "" : trimmed;
    }

    private static string Print(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "";

    private static bool SameDate(string text, DateOnly? date) =>
        CellReading.Date(text) is { } read ? read == date : date is null && Canonical(text).Length == 0;

    /// <summary>
    /// Whether the ids a cell names are the object's links, but for ids of objects that do not
    /// exist: the importer leaves those out, so the cell still agrees.
    /// </summary>
    private static bool SameLinks(IReadOnlyList<string> read, IEnumerable<string> linked, DisarmType target, ICellContext context)
    {
        var wanted = linked.ToHashSet(StringComparer.Ordinal);
        return wanted.IsSubsetOf(read) && read.Where(id => !wanted.Contains(id)).All(id => !context.Exists(target, id));
    }

    private static bool NamesUnchanged(IEnumerable<string> ids, DisarmType target, ICellContext context) =>
        ids.All(id => !context.Exists(target, id) || context.NameUnchanged(target, id));
}
