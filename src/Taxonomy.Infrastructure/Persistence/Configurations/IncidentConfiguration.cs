using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Taxonomy.Domain;

namespace Taxonomy.Infrastructure.Persistence.Configurations;

internal sealed class IncidentConfiguration : IEntityTypeConfiguration<Incident>
{
    public void Configure(EntityTypeBuilder<Incident> builder)
    {
        builder.HasDisarmId("incidents");
        builder.Property(x => x.Name).HasMaxLength(ModelBuilding.NameLength);
        builder.Property(x => x.ObjectType).HasMaxLength(ModelBuilding.NameLength);
    }
}
