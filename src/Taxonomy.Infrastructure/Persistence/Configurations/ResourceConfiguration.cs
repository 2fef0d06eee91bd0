using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Taxonomy.Domain;

namespace Taxonomy.Infrastructure.Persistence.Configurations;

internal sealed class ResourceConfiguration : IEntityTypeConfiguration<Resource>
{
    public void Configure(EntityTypeBuilder<Resource> builder)
    {
        builder.HasDisarmId("resources");
        builder.Property(x => x.Name).HasMaxLength(ModelBuilding.NameLength);
        builder.Property(x => x.ResourceType).HasMaxLength(ModelBuilding.NameLength);
    }
}
