using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Taxonomy.Domain;
using Taxonomy.Infrastructure.Catalog;
using Taxonomy.Infrastructure.Persistence;

namespace Taxonomy.Bench.Synthetic;

/// <summary>
/// Writes a synthetic data set shaped like DISARM at N times its size into an empty database, to
/// measure the API at scale: the same object types and links, with counts scaled from
/// v1.7 (445 techniques, 251 incidents, ...) and 20 incident→technique mappings per incident, so
/// that 100× gives about 44,500 techniques, 25,100 incidents and 502,000 mappings. Counts stop
/// where DISARM's id formats end (999 actor types, 9,999 parent techniques). The same scale always
/// gives the same data.
/// </summary>
public sealed class SyntheticData(IServiceScopeFactory scopes)
{
    public const int MappingsPerIncident = 20;

    private const int Chunk = 5_000;

    private static readonly string[] Words =
    [
        "account", "amplify", "audience", "bot", "campaign", "channel", "claim", "content", "deepfake", "election",
        "forum", "hashtag", "influencer", "meme", "narrative", "network", "operation", "persona", "platform", "propaganda",
        "rumour", "video", "website", "troll", "leak", "image", "forgery", "counter", "factcheck", "moderation",
    ];

    private static readonly string[] Syllables = ["ba", "ce", "di", "fo", "gu", "ha", "ke", "li", "mo", "nu", "pa", "re", "si", "to", "vu", "za", "ran", "tel", "mor", "vin"];

    private static readonly string[] Vocabulary = MakeVocabulary();

    /// <summary>Generates the data set; returns how many objects of each type it wrote.</summary>
    /// <exception cref="InvalidOperationException">The database already holds techniques.</exception>
    public async Task<IReadOnlyDictionary<string, int>> WriteAsync(int scale, TextWriter progress, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(scale, 1);
        await using (var scope = scopes.CreateAsyncScope())
        {
            if (await scope.ServiceProvider.GetRequiredService<TaxonomyDbContext>().Techniques.AnyAsync(cancellationToken))
            {
                throw new InvalidOperationException("The synthetic data set is written into an empty database only, and this one already holds techniques.");
            }
        }

        var random = new Random(20_261_125 + scale);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var clock = Stopwatch.StartNew();

        var frameworks = Enumerable.Range(1, 3).Select(n => new Framework($"FW{n:D2}", $"Synthetic framework {n}", Text(random, 8))).ToList();
        var phases = Enumerable.Range(1, 4).Select(n => new Phase($"P{n:D2}", $"Synthetic phase {n}", n, Text(random, 12))).ToList();
        var tactics = Enumerable.Range(1, 15).Select(n => new Tactic($"TA{n:D2}", $"Synthetic tactic {n}", $"P{((n - 1) / 4) + 1:D2}", n, Text(random, 20))).ToList();
        var responseTypes = Enumerable.Range(1, 7).Select(n => new ResponseType($"D{n:D2}", $"Response {n}", Text(random, 10))).ToList();
        var metatechniques = Enumerable.Range(1, 14).Select(n => new Metatechnique($"M{n:D3}", $"Metatechnique {n}", Text(random, 10))).ToList();
        var sectors = Enumerable.Range(1, 10).Select(n => new Sector($"S{n:D3}", $"Sector {n}", Text(random, 8))).ToList();
        var resources = Enumerable.Range(1, 6).Select(n => new Resource($"R{n:D3}", $"Resource {n}", Text(random, 8), "data")).ToList();
        var actorTypes = Enumerable.Range(1, Math.Min(33 * scale, 999)).Select(n =>
        {
            var actorType = new ActorType($"A{n:D3}", $"Synthetic actor type {n}", Text(random, 12));
            actorType.SetSectors(Pick(random, sectors, 1, 3));
            actorType.SetFrameworks(Pick(random, frameworks, 1, 2));
            return actorType;
        }).ToList();
        await AddAsync<object>([.. frameworks, .. phases, .. tactics, .. responseTypes, .. metatechniques, .. sectors, .. resources, .. actorTypes], counts, cancellationToken);

        var techniques = Techniques(random, 445 * scale, tactics);
        await AddAsync(techniques, counts, cancellationToken);
        await AddAsync(Enumerable.Range(1, Math.Min(42 * scale, 9999)).Select(n => new DisarmTask($"TK{n:D4}", $"Synthetic task {n}", Pick(random, tactics).Id, "FW01", Text(random, 15))), counts, cancellationToken);

        var urls = Enumerable.Range(1, 188 * scale).Select(n => $"https://example.org/synthetic/{n}").ToList();
        await AddAsync(urls.Select(url => new Reference(url, new DateOnly(2020, 1, 1).AddDays(random.Next(2000)), null, "Synthetic Author", "Synthetic Org", null)), counts, cancellationToken);
        var incidents = Enumerable.Range(1, Math.Min(251 * scale, 99_999)).Select(n => new Incident($"I{n:D5}", new IncidentDetails(
            $"Synthetic incident {n}", "incident", Text(random, 30), 2010 + random.Next(16), "Somewhere", "Elsewhere",
            Pick(random, urls, 1, 3), null, new DateOnly(2024, 1, 1).AddDays(random.Next(600)), null))).ToList();
        await AddAsync(incidents, counts, cancellationToken);
        await progress.WriteLineAsync($"Wrote the framework, {techniques.Count} techniques and {incidents.Count} incidents in {clock.Elapsed.TotalSeconds:F0} s");

        var mappingNumber = 0;
        foreach (var batch in incidents.Chunk(Chunk / MappingsPerIncident))
        {
            await AddAsync(batch.SelectMany(incident => Enumerable.Range(0, MappingsPerIncident).Select(_ =>
            {
                var mapping = new IncidentTechnique($"IT{++mappingNumber:D8}", incident.Id, Text(random, 40), random.Next(2) == 0 ? "1.6" : "1.7");
                mapping.SetTechniques(Pick(random, techniques, 1, 3));
                return mapping;
            })), counts, cancellationToken);
        }

        await progress.WriteLineAsync($"Wrote {mappingNumber} incident→technique mappings in {clock.Elapsed.TotalSeconds:F0} s");
        await AddAsync(Enumerable.Range(1, 108 * scale).Select(n =>
        {
            var (from, to) = (Pick(random, techniques), Pick(random, techniques));
            return from.Id == to.Id ? null : new AssociatedTechnique($"AT{n:D8}", from.Id, to.Id, Text(random, 20));
        }).OfType<AssociatedTechnique>(), counts, cancellationToken);

        var counters = Enumerable.Range(1, Math.Min(140 * scale, 99_999)).Select(n =>
        {
            var counter = new Counter($"C{n:D5}", Details(random, $"Synthetic counter {n}", metatechniques, tactics, responseTypes), "action");
            Link(random, counter.SetTechniques, counter.SetActorTypes, counter.SetResources, counter.SetIncidents, techniques, actorTypes, resources, incidents);
            return counter;
        }).ToList();
        await AddAsync(counters, counts, cancellationToken);
        await AddAsync(Enumerable.Range(1, Math.Min(95 * scale, 99_999)).Select(n =>
        {
            var detection = new Detection($"F{n:D5}", Details(random, $"Synthetic detection {n}", metatechniques, tactics, responseTypes));
            Link(random, detection.SetTechniques, detection.SetActorTypes, detection.SetResources, detection.SetIncidents, techniques, actorTypes, resources, incidents);
            return detection;
        }), counts, cancellationToken);
        await AddAsync(Enumerable.Range(1, Math.Min(67 * scale, 99_999)).Select(n => new Playbook($"PB{n:D5}", Pick(random, counters).Id, $"Synthetic playbook {n}", Text(random, 15))), counts, cancellationToken);
        await progress.WriteLineAsync($"Done in {clock.Elapsed.TotalSeconds:F0} s");
        return counts;
    }

    /// <summary>Techniques first, then their sub-techniques: 40 % of the total are techniques, as near to DISARM's shape as the id format allows.</summary>
    private static List<Technique> Techniques(Random random, int total, List<Tactic> tactics)
    {
        var parents = Math.Min(9_999, Math.Max(1, total * 2 / 5));
        var techniques = Enumerable.Range(1, parents).Select(n => Technique.Create($"T{n:D4}", $"Synthetic technique {n} {Word(random)}", Pick(random, tactics).Id, Text(random, 40), null)).ToList();
        var subtechniques = new List<Technique>();
        for (var n = 0; subtechniques.Count < Math.Min(total - parents, parents * 999); n++)
        {
            var parent = techniques[n % parents];
            subtechniques.Add(Technique.Create($"{parent.Id}.{(n / parents) + 1:D3}", $"Synthetic sub-technique {n} {Word(random)}", null, Text(random, 40), parent));
        }

        return [.. techniques, .. subtechniques];
    }

    private static CounterDetails Details(Random random, string name, List<Metatechnique> metatechniques, List<Tactic> tactics, List<ResponseType> responseTypes) =>
        new(name, Text(random, 25), Pick(random, metatechniques).Id, Pick(random, tactics).Id, Pick(random, responseTypes).Id, "synthetic", null, null);

    private static void Link(
        Random random,
        Action<IEnumerable<Technique>> setTechniques,
        Action<IEnumerable<ActorType>> setActorTypes,
        Action<IEnumerable<Resource>> setResources,
        Action<IEnumerable<Incident>> setIncidents,
        List<Technique> techniques,
        List<ActorType> actorTypes,
        List<Resource> resources,
        List<Incident> incidents)
    {
        setTechniques(Pick(random, techniques, 1, 6));
        setActorTypes(Pick(random, actorTypes, 0, 2));
        setResources(Pick(random, resources, 0, 1));
        setIncidents(Pick(random, incidents, 0, 2));
    }

    /// <summary>
    /// Adds the objects in chunks of fresh contexts, so that change tracking never holds more than
    /// one chunk. The objects they link to are attached as they are.
    /// </summary>
    private async Task AddAsync<T>(IEnumerable<T> objects, Dictionary<string, int> counts, CancellationToken cancellationToken)
        where T : class
    {
        foreach (var chunk in objects.Chunk(Chunk))
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<TaxonomyDbContext>();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            foreach (var item in chunk)
            {
                AttachLinkedObjects(db, item, chunk);

                // The data stands for a release as its import leaves it, which bench/run.sh reads as one.
                (item as DisarmObject)?.MarkImport(true);
                db.Add(item);
                var type = DisarmTypes.Of(item.GetType())!.Resource;
                counts[type] = counts.GetValueOrDefault(type) + 1;
            }

            await db.SaveChangesAsync(cancellationToken);
        }
    }

    /// <summary>
    /// Tracks the objects an item links to, written by earlier chunks, as stored: one by one, so
    /// that their own links (an actor type's sectors) are not added again with them.
    /// </summary>
    private static void AttachLinkedObjects<T>(TaxonomyDbContext db, T item, T[] chunk)
        where T : class
    {
        var entityType = db.Model.FindEntityType(item.GetType())!;
        var linked = entityType.GetSkipNavigations().Where(links => links.PropertyInfo is not null).SelectMany(links => (IEnumerable<object>)links.GetGetter().GetClrValue(item)!);
        foreach (var other in linked.Where(other => !chunk.Contains(other as T) && db.Entry(other).State == EntityState.Detached))
        {
            db.Entry(other).State = EntityState.Unchanged;
        }
    }

    private static string[] MakeVocabulary()
    {
        var random = new Random(4_000);
        return Enumerable.Range(0, 4_000).Select(_ => string.Concat(Enumerable.Range(0, random.Next(2, 5)).Select(_ => Syllables[random.Next(Syllables.Length)])))
            .Distinct(StringComparer.Ordinal).ToArray();
    }

    private static T Pick<T>(Random random, List<T> items) => items[random.Next(items.Count)];

    private static List<T> Pick<T>(Random random, List<T> items, int min, int max) =>
        Enumerable.Range(0, random.Next(min, max + 1)).Select(_ => Pick(random, items)).Distinct().ToList();

    private static string Word(Random random) => Words[random.Next(Words.Length)];

    /// <summary>
    /// Text with a vocabulary about as varied as DISARM's: mostly words from a few thousand made-up
    /// ones, and one word in fifty from the domain list, so that a search for "deepfake" matches
    /// a few percent of objects, as in the real data, rather than nearly all of them.
    /// </summary>
    private static string Text(Random random, int words) =>
        string.Join(' ', Enumerable.Range(0, words).Select(_ => random.Next(50) == 0 ? Word(random) : Vocabulary[random.Next(Vocabulary.Length)]));
}
