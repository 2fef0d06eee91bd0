using Microsoft.EntityFrameworkCore;
using Taxonomy.Domain;
using Microsoft.EntityFrameworkCore.Storage;
using Taxonomy.Infrastructure.History;
using Taxonomy.Infrastructure.Import;
using Taxonomy.Infrastructure.Stix;

namespace Taxonomy.Infrastructure.Persistence;

public sealed class TaxonomyDbContext(DbContextOptions<TaxonomyDbContext> options) : DbContext(options)
{
    public DbSet<Framework> Frameworks => Set<Framework>();

    public DbSet<Phase> Phases => Set<Phase>();

    public DbSet<Tactic> Tactics => Set<Tactic>();

    public DbSet<Technique> Techniques => Set<Technique>();

    public DbSet<DisarmTask> Tasks => Set<DisarmTask>();

    public DbSet<Incident> Incidents => Set<Incident>();

    public DbSet<Reference> References => Set<Reference>();

    public DbSet<IncidentTechnique> IncidentTechniques => Set<IncidentTechnique>();

    public DbSet<AssociatedTechnique> AssociatedTechniques => Set<AssociatedTechnique>();

    public DbSet<Counter> Counters => Set<Counter>();

    public DbSet<Detection> Detections => Set<Detection>();

    public DbSet<Metatechnique> Metatechniques => Set<Metatechnique>();

    public DbSet<ResponseType> ResponseTypes => Set<ResponseType>();

    public DbSet<ActorType> ActorTypes => Set<ActorType>();

    public DbSet<Resource> Resources => Set<Resource>();

    public DbSet<Sector> Sectors => Set<Sector>();

    public DbSet<Playbook> Playbooks => Set<Playbook>();

    public DbSet<ImportRecord> Imports => Set<ImportRecord>();

    /// <summary>The rows of every import, as read: see <see cref="ImportedRow"/>.</summary>
    public DbSet<ImportedRow> ImportedRows => Set<ImportedRow>();

    /// <summary>Every kept version of every object, in commit order: see <see cref="VersionRecorder"/>.</summary>
    public DbSet<ObjectVersion> Versions => Set<ObjectVersion>();

    /// <summary>The STIX ids taken from DISARM's bundle: see <see cref="RecordedStixId"/>.</summary>
    public DbSet<RecordedStixId> StixIds => Set<RecordedStixId>();

    /// <summary>Who makes the changes this context saves, which their versions record.</summary>
    public ChangeContext Changes { get; } = new();

    /// <summary>The transaction <see cref="VersionRecorder"/> began for a save that had none, until it commits.</summary>
    internal IDbContextTransaction? VersioningTransaction { get; set; }

    /// <summary>
    /// The ids of the incident→technique mappings that name any of <paramref name="techniqueIds"/>,
    /// read from the link table through its technique index. Filtering mappings with
    /// <c>m.Techniques.Any(...)</c> instead makes SQLite probe the links of every mapping.
    /// </summary>
    public IQueryable<string> MappingIdsNaming(IQueryable<string> techniqueIds) =>
        Links("incident_technique_techniques")
            .Where(link => techniqueIds.Contains(EF.Property<string>(link, "TechniqueId")))
            .Select(link => EF.Property<string>(link, "IncidentTechniqueId"));

    /// <summary>The ids of the incident→technique mappings that name the technique, read as <see cref="MappingIdsNaming(IQueryable{string})"/> reads them.</summary>
    public IQueryable<string> MappingIdsNaming(string techniqueId) =>
        Links("incident_technique_techniques").Where(link => EF.Property<string>(link, "TechniqueId") == techniqueId).Select(link => EF.Property<string>(link, "IncidentTechniqueId"));

    /// <summary>The ids of the counters that list the technique, read as <see cref="MappingIdsNaming(string)"/> reads mappings.</summary>
    public IQueryable<string> CounterIdsListing(string techniqueId) =>
        Links("counter_techniques").Where(link => EF.Property<string>(link, "TechniqueId") == techniqueId).Select(link => EF.Property<string>(link, "CounterId"));

    /// <summary>The ids of the detections that list the technique, read as <see cref="MappingIdsNaming(string)"/> reads mappings.</summary>
    public IQueryable<string> DetectionIdsListing(string techniqueId) =>
        Links("detection_techniques").Where(link => EF.Property<string>(link, "TechniqueId") == techniqueId).Select(link => EF.Property<string>(link, "DetectionId"));

    /// <summary>The rows of a many-to-many link table (ModelBuilding.HasOwnedLinks names each after its table).</summary>
    private DbSet<Dictionary<string, object>> Links(string table) => Set<Dictionary<string, object>>(table);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(TaxonomyDbContext).Assembly);
        foreach (var entity in modelBuilder.Model.GetEntityTypes().Where(entity => entity.ClrType.IsSubclassOf(typeof(DisarmObject))).ToList())
        {
            // A write that read version n updates the row only while it is still at n, so of two
            // racing writers the second fails rather than silently undoing the first.
            modelBuilder.Entity(entity.ClrType).Property(nameof(DisarmObject.Version)).IsConcurrencyToken();
            modelBuilder.Entity(entity.ClrType).Property<DateTime>(nameof(DisarmObject.Modified))
                .HasConversion(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
        }
    }
}
