using System.Collections.Concurrent;
using Taxonomy.Api.Stix;

namespace Taxonomy.Api.Taxii;

/// <summary>
/// Which DISARM object each STIX id is made from, for match[id] and the routes of one object. Ids
/// are DISARM's own or UUIDv5 of a name ("C00006 mitigates T0002") that cannot be read back, so the
/// index renders every version once: it maps the UUID of each id a version shows to that version's
/// position, and catches up with the versions kept since at each look-up. Versions are only ever
/// added, so the index never needs rebuilding; it holds one entry (about 40 bytes) per STIX id ever
/// shown, and rendering every version once costs what the STIX bundle costs, once per process.
/// </summary>
public sealed class TaxiiIdIndex : IDisposable
{
    private const int Batch = 1000;

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<Guid, long> _positions = [];
    private long _indexed;

    /// <summary>The position of a version made from the DISARM object the id is of, or null when no version ever showed the id.</summary>
    public async Task<long?> FindAsync(string? stixId, StixFeed feed, StixContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feed);
        if (KeyOf(stixId) is not { } key)
        {
            return null;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            List<StixVersion> versions;
            while ((versions = await feed.AfterAsync(_indexed, Batch, cancellationToken)).Count > 0)
            {
                foreach (var version in versions)
                {
                    foreach (var stixObject in StixMapping.Objects(version, context))
                    {
                        if (KeyOf(stixObject.Id) is { } shown)
                        {
                            _positions[shown] = version.Position;
                        }
                    }
                }

                _indexed = versions[^1].Position;
            }

            return _positions.TryGetValue(key, out var position) ? position : null;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    /// <summary>The UUID of a STIX id; null for anything else, including no id (a route value of only white space binds as null).</summary>
    private static Guid? KeyOf(string? stixId)
    {
        var separator = stixId?.IndexOf("--", StringComparison.Ordinal) ?? -1;
        return separator > 0 && Guid.TryParse(stixId.AsSpan(separator + 2), out var uuid) ? uuid : null;
    }
}

/// <summary>The <see cref="TaxiiIdIndex"/> of each database a collection is read from: the live one, and each release's copy.</summary>
public sealed class TaxiiIdIndexes : IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<TaxiiIdIndex>> _indexes = new(StringComparer.Ordinal);

    /// <summary>The index of the database <paramref name="database"/> reads.</summary>
    public TaxiiIdIndex Of(DatabaseScope database)
    {
        ArgumentNullException.ThrowIfNull(database);
        return _indexes.GetOrAdd(database.ConnectionString, _ => new Lazy<TaxiiIdIndex>(() => new TaxiiIdIndex())).Value;
    }

    public void Dispose()
    {
        foreach (var index in _indexes.Values.Where(index => index.IsValueCreated))
        {
            index.Value.Dispose();
        }
    }
}
