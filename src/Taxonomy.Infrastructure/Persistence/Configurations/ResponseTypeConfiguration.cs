using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Taxonomy.Domain;

namespace Taxonomy.Infrastructure.Persistence.Configurations;

internal sealed class ResponseTypeConfiguration : IEntityTypeConfiguration<ResponseType>
{
    public void Configure(EntityTypeBuilder<ResponseType> builder)
    {
        builder.HasDisarmId("response_types");
        builder.Property(x => x.Name).HasMaxLength(ModelBuilding.NameLength);
    }
}
