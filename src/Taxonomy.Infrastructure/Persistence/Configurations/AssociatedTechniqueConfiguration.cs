using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Taxonomy.Domain;

namespace Taxonomy.Infrastructure.Persistence.Configurations;

internal sealed class AssociatedTechniqueConfiguration : IEntityTypeConfiguration<AssociatedTechnique>
{
    public void Configure(EntityTypeBuilder<AssociatedTechnique> builder)
    {
        builder.HasDisarmId("associated_techniques");
        builder.HasOne(x => x.Technique).WithMany().HasForeignKey(x => x.TechniqueId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(x => x.Associated).WithMany().HasForeignKey(x => x.AssociatedTechniqueId).OnDelete(DeleteBehavior.Restrict);
    }
}
