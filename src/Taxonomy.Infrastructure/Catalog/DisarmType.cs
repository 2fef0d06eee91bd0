using Microsoft.EntityFrameworkCore;
using Taxonomy.Domain;

namespace Taxonomy.Infrastructure.Catalog;

/// <summary>The DISARM workbook a sheet belongs to.</summary>
public enum Workbook
{
    /// <summary>DISARM_FRAMEWORKS_MASTER.xlsx: the framework and its supporting lists.</summary>
    Frameworks,

    /// <summary>DISARM_DATA_MASTER.xlsx: incidents, their sources and their technique mappings.</summary>
    Data,
}

/// <summary>
/// What one DISARM type is, in one place: its CLR type, its resource name under /api/v1 (which is
/// also its name in search and in messages), its id format, the sheet and columns it is imported
/// from and printed to, the folder of its pages if DISARM publishes any, and its search text.
/// <see cref="DisarmTypes"/> holds one for each type.
/// </summary>
public abstract class DisarmType
{
    private protected DisarmType(Type entity, string resource, DisarmIdFormat? ids, Workbook workbook, string sheet, string? pageFolder)
    {
        Entity = entity;
        Resource = resource;
        Ids = ids;
        Workbook = workbook;
        Sheet = sheet;
        PageFolder = pageFolder;
    }

    public Type Entity { get; }

    /// <summary>The type's route segment under /api/v1 ("techniques"), and its name in search and messages.</summary>
    public string Resource { get; }

    /// <summary>The shape of the type's DISARM ids; null for references, which are keyed by URL.</summary>
    public DisarmIdFormat? Ids { get; }

    /// <summary>What one object is called in messages: "technique", "response type".</summary>
    public string Kind => Ids?.Kind ?? "reference";

    public Workbook Workbook { get; }

    public string Sheet { get; }

    /// <summary>
    /// Whether an import fails without the sheet. Any other sheet may be missing, as in older
    /// DISARM releases, and reads as a sheet with no rows.
    /// </summary>
    public bool SheetRequired { get; init; }

    /// <summary>The folder under generated_pages/ of the objects' pages, or null where DISARM publishes none.</summary>
    public string? PageFolder { get; }

    /// <summary>The sheet's columns, the key column first.</summary>
    public abstract IReadOnlyList<Column> Columns { get; }

    public string KeyColumn => Columns[0].Name;

    /// <summary>The entity property the key column holds: Id, or Url for references.</summary>
    public string KeyProperty => Ids is null ? nameof(Reference.Url) : "Id";

    public bool IsSearchable { get; private protected init; }

    /// <summary>The key a key cell gives: the normalised id (the trimmed URL for references), or null when blank.</summary>
    public string? KeyIn(string cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        var key = Ids is null ? cell.Trim() : DisarmIds.Normalize(cell);
        return key.Length == 0 ? null : key;
    }

    /// <summary>Whether a key has the shape of one of this type's keys, so that an object of the type could have it.</summary>
    public bool CanBeKey(string key) => Ids?.IsValid(key) ?? WebUrls.IsValid(key);

    public abstract string KeyOf(object entity);

    /// <summary>The object's id in the API's routes: its DISARM id, or a reference's number.</summary>
    public abstract string ApiIdOf(object entity);

    /// <summary>What search finds the object by, or null for a type search does not hold.</summary>
    public abstract SearchText? SearchTextOf(object entity);

    /// <summary>
    /// The text of one cell of the object's row: the imported text while it agrees with the object,
    /// otherwise the object's value. A column the type does not map prints as imported.
    /// </summary>
    public abstract string Cell(object entity, string column, IReadOnlyDictionary<string, string>? imported, ICellContext context);

    /// <summary>Whether the imported text of a column still agrees with the object.</summary>
    public abstract bool Agrees(object entity, string column, IReadOnlyDictionary<string, string> imported, ICellContext context);

    /// <summary>The type's objects, each with what printing its cells reads (the names of the objects it links to).</summary>
    public abstract IQueryable<object> Printable(DbContext db);

    /// <summary>The objects with these keys, ready for printing.</summary>
    public abstract Task<List<object>> PrintableAsync(DbContext db, IReadOnlyCollection<string> keys, CancellationToken cancellationToken);

    /// <summary>
    /// Up to <paramref name="count"/> objects that have no version yet, tracked, with their links,
    /// in key order from the first key after <paramref name="after"/> (from the start when null):
    /// going on from the last key read keeps a pass over every object linear in their number.
    /// </summary>
    public abstract Task<List<DisarmObject>> UnversionedAsync(DbContext db, string? after, int count, CancellationToken cancellationToken);

    /// <summary>The key of every stored object of the type.</summary>
    public abstract Task<List<string>> KeysAsync(DbContext db, CancellationToken cancellationToken);

    /// <summary>Which of these keys stored objects have.</summary>
    public abstract Task<List<string>> ExistingKeysAsync(DbContext db, IReadOnlyCollection<string> keys, CancellationToken cancellationToken);
}

/// <summary>A DISARM type whose objects are <typeparamref name="T"/>.</summary>
public sealed class DisarmType<T> : DisarmType
    where T : class
{
    private readonly Dictionary<string, Column<T>> _columnsByName;
    private readonly Func<T, string> _key;
    private readonly Func<T, string> _apiId;
    private readonly Func<T, SearchText>? _search;
    private readonly Func<IQueryable<T>, IQueryable<T>> _withLinks;

    public DisarmType(
        string resource,
        DisarmIdFormat? ids,
        Workbook workbook,
        string sheet,
        string? pageFolder,
        Func<T, string> key,
        IReadOnlyList<Column<T>> columns,
        Func<T, SearchText>? search,
        Func<IQueryable<T>, IQueryable<T>>? withLinks = null,
        Func<T, string>? apiId = null)
        : base(typeof(T), resource, ids, workbook, sheet, pageFolder)
    {
        _apiId = apiId ?? key;
        ArgumentNullException.ThrowIfNull(columns);
        TypedColumns = columns;
        _columnsByName = columns.ToDictionary(column => column.Name, StringComparer.Ordinal);
        _key = key;
        _search = search;
        _withLinks = withLinks ?? (query => query);
        IsSearchable = search is not null;
    }

    public IReadOnlyList<Column<T>> TypedColumns { get; }

    public override IReadOnlyList<Column> Columns => TypedColumns;

    public override string KeyOf(object entity) => _key((T)entity);

    public override string ApiIdOf(object entity) => _apiId((T)entity);

    /// <summary>The type's objects, tracked for changing, each with the objects it links to.</summary>
    public IQueryable<T> Tracked(DbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return _withLinks(db.Set<T>());
    }

    public override SearchText? SearchTextOf(object entity) => _search?.Invoke((T)entity);

    public override string Cell(object entity, string column, IReadOnlyDictionary<string, string>? imported, ICellContext context)
    {
        ArgumentNullException.ThrowIfNull(column);
        var text = imported?.GetValueOrDefault(column);
        if (!_columnsByName.TryGetValue(column, out var mapped))
        {
            return text ?? "";
        }

        return text is not null && mapped.Agrees(text, (T)entity, context) ? text : mapped.Print((T)entity);
    }

    public override bool Agrees(object entity, string column, IReadOnlyDictionary<string, string> imported, ICellContext context)
    {
        ArgumentNullException.ThrowIfNull(imported);
        return _columnsByName.TryGetValue(column, out var mapped) && imported.TryGetValue(column, out var text) && mapped.Agrees(text, (T)entity, context);
    }

    public override IQueryable<object> Printable(DbContext db) => Query(db);

    /// <summary>The type's objects, untracked, each with the objects it links to loaded for printing.</summary>
    public IQueryable<T> Query(DbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return _withLinks(db.Set<T>().AsNoTracking());
    }

    public override async Task<List<object>> PrintableAsync(DbContext db, IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var property = KeyProperty;
        var wanted = keys.ToList();
        var found = await Query(db).Where(e => EF.Parameter(wanted).Contains(EF.Property<string>(e, property))).ToListAsync(cancellationToken);
        return found.Cast<object>().ToList();
    }

    public override async Task<List<DisarmObject>> UnversionedAsync(DbContext db, string? after, int count, CancellationToken cancellationToken)
    {
        var property = KeyProperty;
        var unversioned = Tracked(db).Where(e => EF.Property<int>(e, nameof(DisarmObject.Version)) == 0);
        if (after is not null)
        {
            unversioned = unversioned.Where(e => string.Compare(EF.Property<string>(e, property), after) > 0);
        }

        var found = await unversioned.OrderBy(e => EF.Property<string>(e, property)).Take(count).ToListAsync(cancellationToken);
        return [.. found.Cast<DisarmObject>()];
    }

    public override Task<List<string>> KeysAsync(DbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var property = KeyProperty;
        return db.Set<T>().Select(e => EF.Property<string>(e, property)).ToListAsync(cancellationToken);
    }

    public override async Task<List<string>> ExistingKeysAsync(DbContext db, IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var property = KeyProperty;
        var wanted = keys.ToList();
        return await db.Set<T>().Where(e => EF.Parameter(wanted).Contains(EF.Property<string>(e, property))).Select(e => EF.Property<string>(e, property)).ToListAsync(cancellationToken);
    }
}
