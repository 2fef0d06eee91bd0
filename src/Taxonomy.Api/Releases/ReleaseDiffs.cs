using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Taxonomy.Infrastructure.History;

namespace Taxonomy.Api.Releases;

/// <summary>
/// What changed between two releases, read from the versions: an object is compared only where its
/// latest version up to one release differs from its latest up to the other, so the cost follows
/// the number of objects, not of fields, and never renders either release.
/// </summary>
internal static class ReleaseDiffs
{
    /// <summary>Fields every version changes, which say nothing about the object.</summary>
    private static readonly string[] Bookkeeping = ["version", "modified", "inLatestImport"];

    public static async Task<ReleaseDiffResponse> ReadAsync(TaxonomyDbContext db, Release from, Release to, ReleaseDiffQuery query, CancellationToken cancellationToken)
    {
        var size = query.PageSize ?? ReleaseDiffQuery.DefaultPageSize;
        var types = JsonSerializer.Serialize(query.RequestedTypes());
        var (afterType, afterId) = query.Cursor() ?? ("", "");
        var items = new List<ReleaseChange>();
        var more = true;
        while (items.Count < size && more)
        {
            // Objects whose versions differ may not differ in content (an edit later undone), so a
            // batch may yield fewer changes than it has candidates.
            var batchSize = 2 * size;
            var candidates = await db.Database.SqlQuery<Candidate>($"""
                SELECT Type, ObjectId, MAX(CASE WHEN Id <= {from.Position} THEN Id END) AS FromVersion, MAX(CASE WHEN Id <= {to.Position} THEN Id END) AS ToVersion
                FROM versions
                WHERE Id <= {Math.Max(from.Position, to.Position)}
                    AND ({types} = '[]' OR Type IN (SELECT value FROM json_each({types})))
                    AND (Type, ObjectId) > ({afterType}, {afterId})
                GROUP BY Type, ObjectId
                HAVING FromVersion IS NOT ToVersion
                ORDER BY Type, ObjectId
                LIMIT {batchSize}
                """).ToListAsync(cancellationToken);
            more = candidates.Count == batchSize;
            var wanted = candidates.SelectMany(c => new[] { c.FromVersion, c.ToVersion }).OfType<long>().ToList();
            var versions = await db.Versions.AsNoTracking().Where(v => wanted.Contains(v.Id)).ToDictionaryAsync(v => v.Id, cancellationToken);
            foreach (var (candidate, index) in candidates.Select((c, i) => (c, i)))
            {
                (afterType, afterId) = (candidate.Type, candidate.ObjectId);
                if (Compare(candidate, Held(versions, candidate.FromVersion), Held(versions, candidate.ToVersion)) is { } change)
                {
                    items.Add(change);
                    if (items.Count == size)
                    {
                        more = more || index < candidates.Count - 1;
                        break;
                    }
                }
            }
        }

        return new ReleaseDiffResponse(from.Label, to.Label, items, more && items.Count > 0 ? ReleaseDiffQuery.CursorOf(items[^1]) : null);
    }

    /// <summary>The diff as Markdown, for release notes: per type, what was added, removed and changed, each change as a table of fields.</summary>
    public static string Markdown(ReleaseDiffResponse diff, string nextLink)
    {
        var text = new StringBuilder();
        text.Append("# Changes from release ").Append(diff.From).Append(" to release ").Append(diff.To).Append("\n\n");
        if (diff.Items.Count == 0)
        {
            text.Append("No changes.\n");
        }

        foreach (var ofType in diff.Items.GroupBy(item => item.Type))
        {
            text.Append("## ").Append(ofType.Key).Append("\n\n");
            foreach (var (change, heading) in new[] { ("added", "Added"), ("removed", "Removed") })
            {
                var listed = ofType.Where(item => item.Change == change).ToList();
                if (listed.Count > 0)
                {
                    text.Append("### ").Append(heading).Append("\n\n");
                    listed.ForEach(item => text.Append("* ").Append(Title(item)).Append('\n'));
                    text.Append('\n');
                }
            }

            var changed = ofType.Where(item => item.Change == "changed").ToList();
            if (changed.Count > 0)
            {
                text.Append("### Changed\n\n");
                foreach (var item in changed)
                {
                    text.Append("#### ").Append(Title(item)).Append("\n\n");
                    text.Append("| Field | ").Append(diff.From).Append(" | ").Append(diff.To).Append(" |\n| --- | --- | --- |\n");
                    foreach (var field in item.Fields)
                    {
                        text.Append("| ").Append(field.Field).Append(" | ").Append(Cell(field.Old)).Append(" | ").Append(Cell(field.New)).Append(" |\n");
                    }

                    text.Append('\n');
                }
            }
        }

        if (diff.Next is not null)
        {
            text.Append("More changes follow: ").Append(nextLink).Append('\n');
        }

        return text.ToString();
    }

    private static ReleaseChange? Compare(Candidate candidate, JsonObject? before, JsonObject? after)
    {
        var name = Name(after) ?? Name(before);
        return (before, after) switch
        {
            (null, null) => null,
            (null, _) => new ReleaseChange(candidate.Type, candidate.ObjectId, "added", name, []),
            (_, null) => new ReleaseChange(candidate.Type, candidate.ObjectId, "removed", name, []),
            _ => Fields(before, after) is { Count: > 0 } fields ? new ReleaseChange(candidate.Type, candidate.ObjectId, "changed", name, fields) : null,
        };
    }

    private static List<FieldChange> Fields(JsonObject before, JsonObject after) =>
        after.Select(field => field.Key).Concat(before.Select(field => field.Key)).Distinct(StringComparer.Ordinal)
            .Where(field => !JsonNode.DeepEquals(before[field], after[field]))
            .Select(field => new FieldChange(field, before[field]?.DeepClone(), after[field]?.DeepClone()))
            .ToList();

    /// <summary>The object as a version shows it, without bookkeeping, if the release holds it (see <see cref="Release.Held"/>).</summary>
    private static JsonObject? Held(Dictionary<long, ObjectVersion> versions, long? id)
    {
        if (id is not { } found || Release.Held(versions[found]) is not { } resource)
        {
            return null;
        }

        foreach (var field in Bookkeeping)
        {
            resource.Remove(field);
        }

        return resource;
    }

    private static string? Name(JsonObject? resource) => (resource?["name"] ?? resource?["url"])?.GetValue<string>();

    private static string Title(ReleaseChange change) => change.Name is null ? change.Id : $"{change.Id}: {Escape(change.Name)}";

    private static string Cell(JsonNode? value) => value switch
    {
        null => "",
        JsonArray list => Escape(string.Join(", ", list.Select(item => item?.ToString() ?? ""))),
        JsonValue single => Escape(single.ToString()),
        _ => Escape(value.ToJsonString()),
    };

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\r\n", "<br>", StringComparison.Ordinal).Replace("\n", "<br>", StringComparison.Ordinal);

    /// <summary>An object whose latest versions up to the two releases differ.</summary>
    internal sealed record Candidate(string Type, string ObjectId, long? FromVersion, long? ToVersion);
}
