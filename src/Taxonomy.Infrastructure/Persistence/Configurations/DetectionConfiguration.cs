using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Taxonomy.Domain;

namespace Taxonomy.Infrastructure.Persistence.Configurations;

internal sealed class DetectionConfiguration : IEntityTypeConfiguration<Detection>
{
    public void Configure(EntityTypeBuilder<Detection> builder)
    {
        builder.HasDisarmId("detections");
        builder.Property(x => x.Name).HasMaxLength(ModelBuilding.NameLength);
        builder.HasOne(x => x.Metatechnique).WithMany().HasForeignKey(x => x.MetatechniqueId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.Tactic).WithMany().HasForeignKey(x => x.TacticId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.ResponseType).WithMany().HasForeignKey(x => x.ResponseTypeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(x => x.Techniques).HasOwnedLinks("detection_techniques", "DetectionId", "TechniqueId");
        builder.HasMany(x => x.ActorTypes).HasOwnedLinks("detection_actor_types", "DetectionId", "ActorTypeId");
        builder.HasMany(x => x.Resources).HasOwnedLinks("detection_resources", "DetectionId", "ResourceId");
        builder.HasMany(x => x.Incidents).HasOwnedLinks("detection_incidents", "DetectionId", "IncidentId");
    }
}
