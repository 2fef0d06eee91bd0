using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Taxonomy.Domain;

namespace Taxonomy.Infrastructure.Persistence.Configurations;

internal sealed class TacticConfiguration : IEntityTypeConfiguration<Tactic>
{
    public void Configure(EntityTypeBuilder<Tactic> builder)
    {
        builder.HasDisarmId("tactics");
        builder.Property(x => x.Name).HasMaxLength(ModelBuilding.NameLength);
        builder.HasOne(x => x.Phase).WithMany().HasForeignKey(x => x.PhaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(x => x.Rank);
    }
}
