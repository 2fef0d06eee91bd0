using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using Taxonomy.Infrastructure.Import;

namespace Taxonomy.Api.Pages;

/// <summary>
/// The objects one page shows, read from the domain tables, each printed as a sheet row: a cell
/// shows the text the latest import read while that text still agrees with the object (so that
/// DISARM's own quirks, such as "2016.0" or untrimmed names, survive), and the object's value once
/// an edit has made them differ. Rows keep the latest import's sheet order; objects it did not
/// contain come after, by id. A page loads only the objects it can show: at 100 times DISARM's
/// size whole sheets hold hundreds of thousands of rows.
/// </summary>
/// <remarks>
/// Whether a cell agrees can depend on other objects (the "M004 - Friction" a counter's cell holds
/// stops agreeing when M004 is renamed). Those answers come from what was loaded, and asking about
/// an object that was not is a programming error, thrown rather than guessed, so that a page that
/// forgets to load something fails its tests instead of printing a wrong cell.
/// </remarks>
internal sealed class PageData(TaxonomyDbContext db, ImportedSheets imported) : ICellContext
{
    private TaxonomyDbContext? _db = db;

    /// <summary>Sheets of a few dozen rows, which every page may look names up in.</summary>
    private static readonly DisarmType[] SmallSheets =
    [
        DisarmTypes.Frameworks, DisarmTypes.Phases, DisarmTypes.Tactics, DisarmTypes.Metatechniques, DisarmTypes.ResponseTypes,
        DisarmTypes.Resources, DisarmTypes.Sectors,
    ];

    /// <summary>Objects read at once by <see cref="StreamSheetAsync"/>.</summary>
    private const int StreamedBatch = 200;

    private readonly Dictionary<DisarmType, Loaded> _loaded = [];
    private int? _import;
    private ImportedSheets.Snapshot? _rows;

    /// <summary>Finds the latest import and reads the small sheets, or takes both from <paramref name="start"/>.</summary>
    public async Task StartAsync(PageData? start, CancellationToken cancellationToken)
    {
        if (start is not null)
        {
            _import = start._import;
            _rows = start._rows;
            foreach (var (type, loaded) in start._loaded)
            {
                _loaded.Add(type, loaded);
            }

            return;
        }

        _import = await Db.Imports.MaxAsync(import => (int?)import.Id, cancellationToken);
        _rows = _import is { } latest ? await imported.GetAsync(Db, latest, cancellationToken) : null;
        foreach (var type in SmallSheets)
        {
            await WholeAsync(type, cancellationToken);
        }
    }

    /// <summary>The context pages read from, until <see cref="Finish"/>.</summary>
    private TaxonomyDbContext Db => _db ?? throw new InvalidOperationException("The page data was finished: it reads nothing more.");

    /// <summary>
    /// Lets go of the context, whose request is over when a <see cref="PageModel"/> is still read:
    /// a page that asked for more would be a programming error, thrown rather than a query on a
    /// disposed context.
    /// </summary>
    public void Finish() => _db = null;

    /// <summary>How many objects of these types there are.</summary>
    public async Task<int> CountAsync(IEnumerable<DisarmType> types, CancellationToken cancellationToken)
    {
        var count = 0;
        foreach (var type in types)
        {
            count += await type.Printable(Db).CountAsync(cancellationToken);
        }

        return count;
    }

    /// <summary>Every object of a type, and every row of its sheet in the latest import, those without a usable id included.</summary>
    public async Task WholeAsync(DisarmType type, CancellationToken cancellationToken)
    {
        var loaded = Of(type);
        if (loaded.Whole)
        {
            return;
        }

        loaded.Add(type, await type.Printable(Db).ToListAsync(cancellationToken));
        loaded.AddRows(type, _rows?.Sheet(type.Sheet) ?? await ReadRowsAsync(row => row.Sheet == type.Sheet, cancellationToken));
        loaded.Whole = true;
    }

    /// <summary>Every page there is, over every object of the types the pages print, each read whole.</summary>
    public async Task<DisarmPages> AllPagesAsync(CancellationToken cancellationToken)
    {
        foreach (var type in DisarmWorkbook.Types)
        {
            await WholeAsync(type, cancellationToken);
        }

        return new DisarmPages(new DisarmWorkbook(await SheetsAsync(cancellationToken)));
    }

    /// <summary>
    /// Every row of a type's sheet, in the order <see cref="SheetsAsync"/> gives them (and
    /// <see cref="DisarmWorkbook.InPageOrder"/> on top), read <see cref="StreamedBatch"/> objects at
    /// a time: an index page lists every object of its type, which at 100 times DISARM's size held
    /// at once would cost hundreds of MB per page. Only the order (a key per row) is held whole.
    /// The small sheets must be loaded, for cells that name their objects.
    /// </summary>
    public async IAsyncEnumerable<DisarmRow> StreamSheetAsync(DisarmType type, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var existing = (await type.KeysAsync(Db, cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var listed = new List<Listed>();
        var imported = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var row in ImportedRowsAsync(type).WithCancellation(cancellationToken))
        {
            if (row.Key is not { } key || !type.CanBeKey(key))
            {
                listed.Add(new Listed(row.Number, row.Key ?? "", row.Cells.GetValueOrDefault(type.KeyColumn) ?? "", row, Usable: false));
            }
            else if (existing.Contains(key))
            {
                // The key cell agrees with the object by construction (the key was read from it), so it prints as imported.
                imported.Add(key);
                listed.Add(new Listed(row.Number, key, row.Cells.GetValueOrDefault(type.KeyColumn) ?? key, _rows is null ? null : row, Usable: true));
            }
        }

        listed.AddRange(existing.Where(key => !imported.Contains(key)).Select(key => new Listed(int.MaxValue, key, key, null, Usable: true)));
        var ordered = DisarmWorkbook.InPageOrder(type, listed.OrderBy(entry => entry.Order).ThenBy(entry => entry.Key, StringComparer.Ordinal), entry => entry.PrintedId);
        foreach (var batch in ordered.Chunk(StreamedBatch))
        {
            var keys = batch.Where(entry => entry.Usable).Select(entry => entry.Key).Distinct(StringComparer.Ordinal).ToList();
            var objects = (await type.PrintableAsync(Db, keys, cancellationToken)).ToDictionary(type.KeyOf, StringComparer.Ordinal);
            var rows = batch.Any(entry => entry.Usable && entry.Order != int.MaxValue && entry.Row is null)
                ? (await ReadRowsAsync(row => row.Sheet == type.Sheet && keys.Contains(row.Key!), cancellationToken)).ToDictionary(row => row.Number)
                : [];
            foreach (var entry in batch)
            {
                if (!entry.Usable)
                {
                    yield return new DisarmRow(column => entry.Row!.Cells.GetValueOrDefault(column) ?? "");
                }
                else if (objects.TryGetValue(entry.Key, out var entity))
                {
                    // An object deleted since its key was read is left out, as it would be had the page been read a moment later.
                    var cells = entry.Order == int.MaxValue ? null : (entry.Row ?? rows[entry.Order]).Cells;
                    yield return new DisarmRow(column => type.Cell(entity, column, cells, this));
                }
            }

            // SQLite and a buffered answer complete without waiting, so a page of any length
            // would otherwise keep its thread from the requests queued behind it until it ends.
            await Task.Yield();
        }
    }

    /// <summary>The latest import's rows of a sheet in sheet order, from the kept rows or, for an import too large to keep, the database.</summary>
    private IAsyncEnumerable<SheetRow> ImportedRowsAsync(DisarmType type) =>
        _rows is { } kept ? kept.Sheet(type.Sheet).OrderBy(row => row.Number).ToAsyncEnumerable()
        : _import is null ? AsyncEnumerable.Empty<SheetRow>()
        : LatestImportRows.Where(row => row.Sheet == type.Sheet).OrderBy(row => row.RowNumber).AsAsyncEnumerable().Select(SheetRow.From);

    /// <summary>The objects with these keys (ids, or URLs for references) and their rows.</summary>
    public async Task ByKeysAsync(DisarmType type, IEnumerable<string?> keys, CancellationToken cancellationToken)
    {
        var loaded = Of(type);
        var wanted = keys.OfType<string>().Select(type.KeyIn).OfType<string>().Where(key => !loaded.Whole && !loaded.Asked.Contains(key)).Distinct(StringComparer.Ordinal).ToList();
        if (wanted.Count == 0)
        {
            return;
        }

        loaded.Asked.UnionWith(wanted);
        loaded.Add(type, await type.PrintableAsync(Db, wanted, cancellationToken));
        loaded.Pending.UnionWith(wanted);
    }

    /// <summary>
    /// The objects a filter selects, and their rows. <paramref name="links"/>, when given, reads
    /// only the links the page prints instead of all of them (see <see cref="DisarmType{T}.Query"/>):
    /// a cell whose links were not read would print as if there were none.
    /// </summary>
    public async Task<List<T>> WhereAsync<T>(DisarmType<T> type, Expression<Func<T, bool>> filter, CancellationToken cancellationToken, Func<IQueryable<T>, IQueryable<T>>? links = null)
        where T : class
    {
        var loaded = Of(type);
        if (loaded.Whole)
        {
            // A whole sheet may be shared between pages (see PageSource), so it is only read from.
            return loaded.Objects.Values.Cast<T>().Where(filter.Compile()).ToList();
        }

        var query = links is null ? type.Query(Db) : links(Db.Set<T>().AsNoTracking());
        var found = await query.Where(filter).ToListAsync(cancellationToken);
        var keys = found.Select(type.KeyOf).Where(key => !loaded.Asked.Contains(key)).ToList();
        loaded.Asked.UnionWith(keys);
        loaded.Add(type, found);
        loaded.Pending.UnionWith(keys);
        return found;
    }

    /// <summary>
    /// Reads the latest import's rows of every object loaded since the last call, in one query:
    /// ids of different types never collide, so the key alone finds them.
    /// </summary>
    private async Task ReadPendingRowsAsync(CancellationToken cancellationToken)
    {
        var pending = _loaded.Where(pair => pair.Value.Pending.Count > 0).ToList();
        if (pending.Count == 0)
        {
            return;
        }

        var keys = pending.SelectMany(pair => pair.Value.Pending).Distinct(StringComparer.Ordinal).ToList();
        var read = _rows is null ? await ReadRowsAsync(row => keys.Contains(row.Key!), cancellationToken) : [];

        foreach (var (type, loaded) in pending)
        {
            loaded.AddRows(type, _rows is { } kept
                ? loaded.Pending.SelectMany(key => kept.Keyed(type.Sheet, key))
                : read.Where(row => row.Sheet == type.Sheet && loaded.Pending.Contains(row.Key!)));
            loaded.Pending.Clear();
        }
    }

    /// <summary>
    /// Reads what deciding whether these columns' imported cells agree needs: whether the objects
    /// the cells name exist (one query per type named), and where the cells print their names
    /// too, those objects themselves.
    /// </summary>
    public async Task CompleteAsync(CancellationToken cancellationToken, params (DisarmType Type, string Column)[] columns)
    {
        await ReadPendingRowsAsync(cancellationToken);
        var existence = new Dictionary<DisarmType, HashSet<string>>();
        foreach (var (type, column) in columns)
        {
            var mapped = type.Columns.Single(c => c.Name == column);
            var target = mapped.Target ?? throw new ArgumentException($"{type.Sheet}.{column} names no objects.", nameof(columns));
            var named = Of(type).Rows.Values.SelectMany(rows => rows).SelectMany(row => mapped.IdsIn(row.Cells.GetValueOrDefault(column) ?? ""));
            if (mapped.ShowsNames)
            {
                await ByKeysAsync(target, named, cancellationToken);
            }
            else
            {
                existence.TryAdd(target, new HashSet<string>(StringComparer.Ordinal));
                existence[target].UnionWith(named);
            }
        }

        foreach (var (target, named) in existence)
        {
            var loaded = Of(target);
            var unknown = named.Where(id => !loaded.Whole && !loaded.Asked.Contains(id)).ToList();
            loaded.Asked.UnionWith(unknown);
            if (unknown.Count > 0)
            {
                loaded.Existing.UnionWith(await target.ExistingKeysAsync(Db, unknown, cancellationToken));
            }
        }
    }

    /// <summary>The rows of every type read so far, by sheet, each in the order described above.</summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<DisarmRow>>> SheetsAsync(CancellationToken cancellationToken)
    {
        await ReadPendingRowsAsync(cancellationToken);
        return _loaded.ToDictionary(pair => pair.Key.Sheet, IReadOnlyList<DisarmRow> (pair) => RowsOf(pair.Key, pair.Value), StringComparer.Ordinal);
    }

    public bool Exists(DisarmType type, string id)
    {
        // Only looks: a model's data (see PageModel) is read by many renders at once.
        var loaded = _loaded.GetValueOrDefault(type) ?? Loaded.Nothing;
        if (!loaded.Whole && !loaded.Asked.Contains(id))
        {
            throw new InvalidOperationException($"The page did not read whether {type.Kind} {id} exists.");
        }

        return loaded.Objects.ContainsKey(id) || loaded.Existing.Contains(id);
    }

    /// <summary>Whether the object's name is still the one its row in the latest import has; an object that import lacked has no such name.</summary>
    public bool NameUnchanged(DisarmType type, string id)
    {
        var loaded = _loaded.GetValueOrDefault(type) ?? Loaded.Nothing;
        if (!loaded.Objects.TryGetValue(id, out var entity))
        {
            return Exists(type, id)
                ? throw new InvalidOperationException($"The page did not read {type.Kind} {id}, whose name a cell prints.")
                : false;
        }

        return loaded.Rows.TryGetValue(id, out var rows) && type.Agrees(entity, "name", rows[0].Cells, this);
    }

    private Loaded Of(DisarmType type)
    {
        if (!_loaded.TryGetValue(type, out var loaded))
        {
            loaded = new Loaded();
            _loaded.Add(type, loaded);
        }

        return loaded;
    }

    private IQueryable<ImportedRow> LatestImportRows => Db.ImportedRows.AsNoTracking().Where(row => row.ImportId == _import);

    /// <summary>
    /// The latest import's rows that <paramref name="filter"/> picks, read from the database at once;
    /// none, without a query, when nothing was imported (data written through the API alone, or generated).
    /// </summary>
    private async Task<List<SheetRow>> ReadRowsAsync(Expression<Func<ImportedRow, bool>> filter, CancellationToken cancellationToken) =>
        _import is null ? [] : (await LatestImportRows.Where(filter).ToListAsync(cancellationToken)).Select(SheetRow.From).ToList();

    /// <summary>
    /// An object shows once per row the import had for its id (DISARM's urls sheet lists some URLs
    /// twice, and its pages show both), or once without cells when the import lacked it. Rows
    /// whose id no object could have ("-" in the urls sheet) show as they were imported.
    /// </summary>
    private List<DisarmRow> RowsOf(DisarmType type, Loaded loaded)
    {
        var rows = new List<(int Order, string Key, DisarmRow Row)>();
        foreach (var (key, entity) in loaded.Objects)
        {
            if (loaded.Rows.TryGetValue(key, out var imported))
            {
                rows.AddRange(imported.Select(row => (row.Number, key, new DisarmRow(column => type.Cell(entity, column, row.Cells, this)))));
            }
            else
            {
                rows.Add((int.MaxValue, key, new DisarmRow(column => type.Cell(entity, column, null, this))));
            }
        }

        rows.AddRange(loaded.Unusable.Select(row => (row.Number, row.Key ?? "", new DisarmRow(column => row.Cells.GetValueOrDefault(column) ?? ""))));
        return rows.OrderBy(row => row.Order).ThenBy(row => row.Key, StringComparer.Ordinal).Select(row => row.Row).ToList();
    }

    /// <summary>A row of a streamed sheet: its place, its key and printed id, and its imported row when that is kept or unusable.</summary>
    private sealed record Listed(int Order, string Key, string PrintedId, SheetRow? Row, bool Usable);

    private sealed class Loaded
    {
        /// <summary>What a type none of whose objects were read has loaded.</summary>
        public static readonly Loaded Nothing = new();

        public bool Whole { get; set; }

        /// <summary>Keys looked up, found or not.</summary>
        public HashSet<string> Asked { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, object> Objects { get; } = new(StringComparer.Ordinal);

        /// <summary>Keys found to exist without their objects being read.</summary>
        public HashSet<string> Existing { get; } = new(StringComparer.Ordinal);

        /// <summary>The latest import's rows of loaded objects, by key, in sheet order.</summary>
        public Dictionary<string, List<SheetRow>> Rows { get; } = new(StringComparer.Ordinal);

        /// <summary>Keys of objects whose rows are still to be read.</summary>
        public HashSet<string> Pending { get; } = new(StringComparer.Ordinal);

        /// <summary>Rows without an id that any object of the type could have.</summary>
        public List<SheetRow> Unusable { get; } = [];

        public void Add(DisarmType type, IEnumerable<object> objects)
        {
            foreach (var entity in objects)
            {
                Objects[type.KeyOf(entity)] = entity;
            }
        }

        public void AddRows(DisarmType type, IEnumerable<SheetRow> rows)
        {
            foreach (var row in rows.OrderBy(row => row.Number))
            {
                if (row.Key is { } key && type.CanBeKey(key))
                {
                    if (!Rows.TryGetValue(key, out var ofKey))
                    {
                        Rows[key] = ofKey = [];
                    }

                    ofKey.Add(row);
                }
                else
                {
                    Unusable.Add(row);
                }
            }
        }
    }
}
