using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Taxonomy.Infrastructure.History;

namespace Taxonomy.Infrastructure.Persistence.Configurations;

internal sealed class ObjectVersionConfiguration : IEntityTypeConfiguration<ObjectVersion>
{
    public void Configure(EntityTypeBuilder<ObjectVersion> builder)
    {
        builder.ToTable("versions");
        builder.HasKey(x => x.Id);
        builder.Property(x => x.Id).ValueGeneratedOnAdd();
        builder.Property(x => x.Type).HasMaxLength(32);
        builder.Property(x => x.ObjectId).HasMaxLength(32);
        builder.Property(x => x.ChangedBy).HasMaxLength(200);
        builder.Property(x => x.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(x => x.Modified).HasConversion(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
        builder.HasIndex(x => new { x.Type, x.ObjectId, x.Number }).IsUnique();

        // A TAXII page reads each resource's versions in commit order from a position, and turns
        // added_after into the position of the first version kept after it: without these, either
        // would walk the whole table.
        builder.HasIndex(x => new { x.Type, x.Id });
        builder.HasIndex(x => x.Modified);

        // A TAXII page of every type reads versions in commit order past the versions of
        // references, which make no STIX object and come in long runs (an import writes them
        // together): SQLite uses this index only for queries that say Type <> 'references' in
        // exactly these words (StixFeed.PageCandidates).
        builder.HasIndex(x => x.Id, "IX_versions_Id_Stix").HasFilter($"\"Type\" <> '{ObjectVersion.StixlessType}'");
    }
}
