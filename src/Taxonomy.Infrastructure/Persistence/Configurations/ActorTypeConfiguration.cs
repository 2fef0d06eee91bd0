using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Taxonomy.Domain;

namespace Taxonomy.Infrastructure.Persistence.Configurations;

internal sealed class ActorTypeConfiguration : IEntityTypeConfiguration<ActorType>
{
    public void Configure(EntityTypeBuilder<ActorType> builder)
    {
        builder.HasDisarmId("actor_types");
        builder.Property(x => x.Name).HasMaxLength(ModelBuilding.NameLength);
        builder.HasMany(x => x.Sectors).HasOwnedLinks("actor_type_sectors", "ActorTypeId", "SectorId");
        builder.HasMany(x => x.Frameworks).HasOwnedLinks("actor_type_frameworks", "ActorTypeId", "FrameworkId");
    }
}
