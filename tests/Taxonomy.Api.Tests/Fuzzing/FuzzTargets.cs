using System.Text.Json.Nodes;

namespace Taxonomy.Api.Tests.Fuzzing;

/// <summary>
/// What requests point at: the ids each list of the imported database shows, the cursors lists
/// hand out, and the objects the fuzzer made itself, which are the only ones its valid-looking
/// writes replace, delete or restore, so that a write that succeeds cannot take away the data
/// the other requests read.
/// </summary>
internal sealed class FuzzTargets(IReadOnlyDictionary<string, string[]> stored, IReadOnlyList<string> cursors)
{
    private readonly Dictionary<string, List<string>> _own = [];

    public IReadOnlyList<string> Resources { get; } = [.. stored.Keys.Order(StringComparer.Ordinal)];

    public IReadOnlyList<string> Cursors { get; } = cursors;

    public string[] AllStored { get; } = [.. stored.Values.SelectMany(ids => ids)];

    private readonly Dictionary<string, string[]> _byShape = stored.Values.SelectMany(ids => ids).Distinct(StringComparer.Ordinal)
        .GroupBy(Shape, StringComparer.Ordinal).ToDictionary(group => group.Key, group => group.ToArray(), StringComparer.Ordinal);

    /// <summary>Ids stored in the resource's list; every stored id when the resource has none.</summary>
    public string[] Stored(string? resource) =>
        resource is not null && stored.TryGetValue(resource, out var ids) && ids.Length > 0 ? ids : AllStored;

    /// <summary>How many of the objects the fuzzer makes of each resource only its deletes spare.</summary>
    public const int Kept = 2;

    /// <summary>The first id stored in the resource's list, or null: a template for new ids of its shape.</summary>
    public string? FirstStored(string? resource) =>
        resource is not null && stored.TryGetValue(resource, out var ids) && ids.Length > 0 ? ids[0] : null;

    /// <summary>Stored ids of the same shape as <paramref name="example"/> (TA06: TA01, TA02, ...), or null when none is.</summary>
    public string[]? SameShape(string? example) => example is not null && _byShape.TryGetValue(Shape(example), out var ids) ? ids : null;

    /// <summary>Ids of the resource's objects the fuzzer created; null when it has none.</summary>
    public string[]? Own(string? resource) =>
        resource is not null && _own.TryGetValue(resource, out var ids) && ids.Count > 0 ? [.. ids] : null;

    /// <summary>The objects the fuzzer created that its deletes may take: all but the first <see cref="Kept"/>.</summary>
    public string[]? Doomed(string? resource) => Own(resource) is { Length: > Kept } own ? own[Kept..] : null;

    public int OwnCount => _own.Values.Sum(ids => ids.Count);

    public void AddOwn(string resource, string id)
    {
        if (!_own.TryGetValue(resource, out var ids))
        {
            _own[resource] = ids = [];
        }

        ids.Add(id);
    }

    /// <summary>The resource an id field names: techniqueIds and techniqueId name techniques, actorTypeIds actor-types.</summary>
    public string? ResourceNamedBy(string field)
    {
        var stem = field.EndsWith("Ids", StringComparison.Ordinal) ? field[..^3] : field.EndsWith("Id", StringComparison.Ordinal) ? field[..^2] : null;
        if (string.IsNullOrEmpty(stem))
        {
            return null;
        }

        var kebab = string.Concat(stem.Select(c => char.IsUpper(c) ? $"-{char.ToLowerInvariant(c)}" : c.ToString())) + "s";
        return stored.ContainsKey(kebab) ? kebab : null;
    }

    private static string Shape(string id) => string.Concat(id.Select(c => char.IsAsciiDigit(c) ? '9' : c));

    /// <summary>Reads the first page of every list the document has, for the ids and cursors it shows.</summary>
    public static async Task<FuzzTargets> GatherAsync(HttpClient client, IEnumerable<ApiOperation> operations)
    {
        ArgumentNullException.ThrowIfNull(client);
        var stored = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var cursors = new List<string>();
        foreach (var list in operations.Where(op => op.IsList))
        {
            using var response = await client.GetAsync($"{list.Path}?pageSize=50");
            if (!response.IsSuccessStatusCode)
            {
                // A list that needs a query (search) shows no ids of its own.
                continue;
            }

            var page = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            stored[list.Resource!] = page["items"]?.AsArray().Select(item => item?["id"]?.ToString()).OfType<string>().ToArray() ?? [];
            if (page["next"]?.ToString() is { } next)
            {
                cursors.Add(next);
            }
        }

        return new FuzzTargets(stored, cursors);
    }
}
