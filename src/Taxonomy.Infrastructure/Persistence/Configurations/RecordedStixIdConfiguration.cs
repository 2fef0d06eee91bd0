using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Taxonomy.Infrastructure.Stix;

namespace Taxonomy.Infrastructure.Persistence.Configurations;

internal sealed class RecordedStixIdConfiguration : IEntityTypeConfiguration<RecordedStixId>
{
    public void Configure(EntityTypeBuilder<RecordedStixId> builder)
    {
        builder.ToTable("stix_ids");
        builder.HasKey(x => x.Name);
        builder.Property(x => x.Name).HasMaxLength(100);
        builder.Property(x => x.StixId).HasMaxLength(300);
        builder.HasIndex(x => x.StixId).IsUnique();
    }
}
