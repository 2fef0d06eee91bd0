using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Taxonomy.Infrastructure.Catalog;
using Taxonomy.Infrastructure.Persistence;

namespace Taxonomy.Infrastructure.Search;

/// <summary>
/// The full-text index of every DISARM object's name and text: an SQLite FTS5 table, tokenised
/// case- and accent-insensitively, kept in step with writes by <see cref="SearchIndexer"/> and by
/// the importer.
/// </summary>
public static class SearchIndex
{
    /// <summary>The FTS5 table, whose text is that of <see cref="EntriesTable"/>.</summary>
    public const string Table = "search_index";

    /// <summary>The table of <see cref="SearchEntry"/> rows, which the FTS5 table indexes.</summary>
    public const string EntriesTable = "search_entries";

    public const string HighlightStart = "«";
    public const string HighlightEnd = "»";
    public const string Ellipsis = "…";
    public const int SnippetTokens = 16;

    /// <summary>
    /// How much more a term in an object's name counts than one in its text. FTS5's bm25 saturates
    /// with term frequency and penalises long texts, so the weight has to be large for objects named
    /// with a word to rank above objects that only mention it: searching DISARM v1.7 for each of 400
    /// words of its names, a weight of 10 got that wrong for 18 of them, 20 for 3, 50 for none.
    /// </summary>
    public const double NameWeight = 50;

    /// <summary>The API resource names of the types the index holds.</summary>
    public static readonly IReadOnlyList<string> Types = DisarmTypes.Searchable.Select(type => type.Resource).ToList();

    /// <summary>
    /// The objects matching an FTS5 MATCH <paramref name="expression"/> over the columns Name and
    /// Body, unordered; those named <paramref name="exactName"/> (ignoring letter case) are marked.
    /// The caller builds the expression: FTS5's syntax is not for clients to write directly.
    /// </summary>
    /// <remarks>
    /// Ordering the matches reads every selected column of every match that the order needs, and a
    /// column other than the rowid and the score means reading the entry's stored text (a word in
    /// 17,000 of 618,000 entries: 46 ms to rank by name and id, 18 ms by score and rowid). Hence
    /// the exact name is looked up by a phrase search on names instead of compared on each match,
    /// ties are meant to be broken by <see cref="SearchMatch.RowId"/>, and snippets are made by
    /// <see cref="SnippetsAsync"/> for the page shown only.
    /// </remarks>
    public static IQueryable<SearchMatch> Search(this TaxonomyDbContext db, string expression, string exactName)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(exactName);
        var namePhrase = $"Name : \"{exactName.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
        return db.Database.SqlQuery<SearchMatch>($"""
            SELECT "rowid" AS "RowId", "Type", "Id", "Name",
                -bm25("search_index", 0, 0, {NameWeight}, 1) AS "Score",
                "rowid" IN (
                    SELECT "rowid" FROM "search_index"
                    WHERE "search_index" MATCH {namePhrase} AND "Name" = {exactName} COLLATE NOCASE) AS "IsExactName"
            FROM "search_index"
            WHERE "search_index" MATCH {expression}
            """);
    }

    /// <summary>
    /// The best-matching passage of each of the entries <paramref name="rowIds"/> for the same
    /// <paramref name="expression"/> as <see cref="Search"/> found them with, matched terms marked,
    /// by rowid.
    /// </summary>
    public static async Task<IReadOnlyDictionary<long, string>> SnippetsAsync(
        this TaxonomyDbContext db, string expression, IEnumerable<long> rowIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var ids = JsonSerializer.Serialize(rowIds);
        var snippets = await db.Database.SqlQuery<EntrySnippet>($"""
            SELECT "rowid" AS "RowId",
                snippet("search_index", -1, {HighlightStart}, {HighlightEnd}, {Ellipsis}, {SnippetTokens}) AS "Snippet"
            FROM "search_index"
            WHERE "search_index" MATCH {expression} AND "rowid" IN (SELECT "value" FROM json_each({ids}))
            """).ToListAsync(cancellationToken);
        return snippets.ToDictionary(s => s.RowId, s => s.Snippet);
    }

    /// <summary>Makes the stored entries of one object (normally none or one) become <paramref name="wanted"/>, or none when it is null.</summary>
    internal static void Reconcile(TaxonomyDbContext db, IReadOnlyList<SearchEntry> stored, SearchEntry? wanted)
    {
        var kept = wanted is null || stored.Count == 0 ? null : stored[0];
        db.RemoveRange(stored.Where(entry => entry != kept));
        if (wanted is null)
        {
            return;
        }

        if (kept is null)
        {
            db.Add(wanted);
        }
        else
        {
            kept.Update(wanted);
        }
    }

    internal sealed record EntrySnippet(long RowId, string Snippet);
}
