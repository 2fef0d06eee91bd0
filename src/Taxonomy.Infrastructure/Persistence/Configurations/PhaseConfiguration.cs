using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Taxonomy.Domain;

namespace Taxonomy.Infrastructure.Persistence.Configurations;

internal sealed class PhaseConfiguration : IEntityTypeConfiguration<Phase>
{
    public void Configure(EntityTypeBuilder<Phase> builder)
    {
        builder.HasDisarmId("phases");
        builder.Property(x => x.Name).HasMaxLength(ModelBuilding.NameLength);
        builder.HasIndex(x => x.Rank);
    }
}
