using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Taxonomy.Domain;

namespace Taxonomy.Infrastructure.Persistence.Configurations;

internal sealed class MetatechniqueConfiguration : IEntityTypeConfiguration<Metatechnique>
{
    public void Configure(EntityTypeBuilder<Metatechnique> builder)
    {
        builder.HasDisarmId("metatechniques");
        builder.Property(x => x.Name).HasMaxLength(ModelBuilding.NameLength);
    }
}
