using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Taxonomy.Domain;

namespace Taxonomy.Infrastructure.Persistence.Configurations;

internal sealed class IncidentTechniqueConfiguration : IEntityTypeConfiguration<IncidentTechnique>
{
    public void Configure(EntityTypeBuilder<IncidentTechnique> builder)
    {
        builder.HasDisarmId("incident_techniques");
        builder.HasOne(x => x.Incident).WithMany().HasForeignKey(x => x.IncidentId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(x => x.DisarmVersion).HasMaxLength(ModelBuilding.IdLength);
        builder.HasIndex(x => x.DisarmVersion);
        builder.HasMany(x => x.Techniques).HasOwnedLinks("incident_technique_techniques", "IncidentTechniqueId", "TechniqueId");
    }
}
