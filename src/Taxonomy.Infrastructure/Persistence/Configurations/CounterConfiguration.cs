using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Taxonomy.Domain;

namespace Taxonomy.Infrastructure.Persistence.Configurations;

internal sealed class CounterConfiguration : IEntityTypeConfiguration<Counter>
{
    public void Configure(EntityTypeBuilder<Counter> builder)
    {
        builder.HasDisarmId("counters");
        builder.Property(x => x.Name).HasMaxLength(ModelBuilding.NameLength);
        builder.HasOne(x => x.Metatechnique).WithMany().HasForeignKey(x => x.MetatechniqueId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.Tactic).WithMany().HasForeignKey(x => x.TacticId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.ResponseType).WithMany().HasForeignKey(x => x.ResponseTypeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(x => x.Techniques).HasOwnedLinks("counter_techniques", "CounterId", "TechniqueId");
        builder.HasMany(x => x.ActorTypes).HasOwnedLinks("counter_actor_types", "CounterId", "ActorTypeId");
        builder.HasMany(x => x.Resources).HasOwnedLinks("counter_resources", "CounterId", "ResourceId");
        builder.HasMany(x => x.Incidents).HasOwnedLinks("counter_incidents", "CounterId", "IncidentId");
    }
}
