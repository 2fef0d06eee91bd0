using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Taxonomy.Infrastructure.Persistence;

/// <summary>
/// Finds who still references an object, from the EF model itself: every relationship that
/// blocks a delete is found, including ones added after this class was written.
/// </summary>
public sealed class ReferrerFinder(TaxonomyDbContext db)
{
    public Task<IReadOnlyList<Referrer>> FindAsync<TEntity>(object key, CancellationToken cancellationToken)
        where TEntity : class =>
        FindAsync(typeof(TEntity), key, cancellationToken);

    public async Task<IReadOnlyList<Referrer>> FindAsync(Type entity, object key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entity);
        var entityType = db.Model.FindEntityType(entity)
            ?? throw new InvalidOperationException($"{entity.Name} is not part of the model.");

        var referrers = new Dictionary<Type, SortedSet<string>>();
        foreach (var foreignKey in Blocking(entityType))
        {
            var (ownerType, ownerColumn) = Owner(foreignKey);
            var sql = $$"""SELECT CAST("{{ownerColumn}}" AS TEXT) AS "Value" FROM "{{foreignKey.DeclaringEntityType.GetTableName()}}" WHERE "{{Column(foreignKey.Properties[0])}}" = {0}""";
            var ids = await db.Database.SqlQueryRaw<string>(sql, key).ToListAsync(cancellationToken);
            if (ids.Count > 0)
            {
                if (!referrers.TryGetValue(ownerType, out var set))
                {
                    referrers[ownerType] = set = new SortedSet<string>(StringComparer.Ordinal);
                }

                set.UnionWith(ids);
            }
        }

        return referrers.Select(r => new Referrer(r.Key, r.Value.ToList())).OrderBy(r => r.EntityType.Name, StringComparer.Ordinal).ToList();
    }

    /// <summary>The types whose objects, while they refer to an object of <paramref name="entity"/>, stop it being deleted.</summary>
    public static IEnumerable<Type> BlockingTypes(IModel model, Type entity)
    {
        ArgumentNullException.ThrowIfNull(model);
        var entityType = model.FindEntityType(entity) ?? throw new InvalidOperationException($"{entity.Name} is not part of the model.");
        return Blocking(entityType).Select(foreignKey => Owner(foreignKey).Type).Distinct();
    }

    private static IEnumerable<IForeignKey> Blocking(IEntityType entityType) =>
        entityType.GetReferencingForeignKeys().Where(fk => fk.DeleteBehavior != DeleteBehavior.Cascade);

    /// <summary>
    /// The object that holds the reference: the dependent itself, or, for a many-to-many link
    /// row, the object on the link's other side (the counter that lists a technique).
    /// </summary>
    private static (Type Type, string Column) Owner(IForeignKey foreignKey)
    {
        var dependent = foreignKey.DeclaringEntityType;
        if (dependent.IsPropertyBag)
        {
            var ownerKey = dependent.GetForeignKeys().Single(fk => fk != foreignKey);
            return (ownerKey.PrincipalEntityType.ClrType, Column(ownerKey.Properties[0]));
        }

        return (dependent.ClrType, Column(dependent.FindPrimaryKey()!.Properties[0]));
    }

    private static string Column(IProperty property) =>
        property.GetColumnName(StoreObjectIdentifier.Table(property.DeclaringType.GetTableName()!)) ?? property.Name;
}
