namespace Taxonomy.Api.Limits;

/// <summary>What one client, and all clients together, may ask of the API, in the <c>Taxonomy:Limits</c> section.</summary>
public sealed class RequestLimits
{
    public const string Section = "Taxonomy:Limits";

    /// <summary>
    /// Expensive reads (pages, grids, search) rendered at once; the rest wait in line. Default: one
    /// per CPU but one, so that a flood of renders leaves a CPU to every other request.
    /// </summary>
    public int ConcurrentRenders { get; set; } = Math.Max(1, Environment.ProcessorCount - 1);

    /// <summary>Expensive reads that may wait for a render slot; beyond them, 503 with Retry-After.</summary>
    public int RenderQueue { get; set; } = 64;

    /// <summary>
    /// Streamed answers (the STIX bundle) written at once. They have slots of their own, since one
    /// of them takes as long as the whole graph takes to write, and page renders must not wait for
    /// it. Default: half the CPUs (at least one), since each keeps a CPU busy while it writes.
    /// </summary>
    public int ConcurrentExports { get; set; } = Math.Max(1, Environment.ProcessorCount / 2);

    /// <summary>Streamed answers that may wait for a slot; beyond them, 503 with Retry-After.</summary>
    public int ExportQueue { get; set; } = 8;

    /// <summary>
    /// The most of one answer held in memory while it is made, so that it can be kept in the
    /// response cache and sent with its Content-Length; a longer answer (an index page at 100 times
    /// DISARM's size) is sent as it is written, and not kept. Default: 8 MiB, an eighth of the
    /// cache, enough for the red framework page at 100 times DISARM's size (4 MB).
    /// </summary>
    public int BufferedAnswerBytes { get; set; } = 8 * 1024 * 1024;

    /// <summary>
    /// Rows of the latest import kept in memory, parsed, for the pages to print DISARM's own text
    /// from; an import of more is read from the database a page's rows at a time. Default: about
    /// 60 times DISARM v1.7's rows, some tens of MB.
    /// </summary>
    public int KeptImportRows { get; set; } = 100_000;

    /// <summary>
    /// The most objects (of the types DISARM's pages print) for which pages are rendered from a
    /// <see cref="Pages.PageModel"/>, every object read once per version of the data; with more,
    /// each page reads only what it shows. Default: about 6 times DISARM v1.7's objects, whose
    /// model would take about 40 MB; the models' cache holds two such.
    /// </summary>
    public int PageModelObjects { get; set; } = 10_000;

    /// <summary>Pages rendered from their own reads at one version of the data before it gets a <see cref="Pages.PageModel"/> (see <see cref="Pages.PageModels"/>).</summary>
    public int PageRendersBeforeModel { get; set; } = 32;

    /// <summary>Expensive reads one client may have rendered per second, on average (cached answers do not count); beyond, 429.</summary>
    public int ExpensiveReadsPerSecond { get; set; } = 10;

    /// <summary>Expensive reads one client may have rendered in a burst, before <see cref="ExpensiveReadsPerSecond"/> applies.</summary>
    public int ExpensiveReadBurst { get; set; } = 40;

    /// <summary>Requests with a wrong API key one client may send per minute; beyond, every request of it with a key is 429 until the minute is over.</summary>
    public int FailedKeysPerMinute { get; set; } = 10;
}
