namespace Taxonomy.Infrastructure.Catalog;

/// <summary>
/// What deciding whether an imported cell still agrees with its object can depend on beyond the
/// object itself: whether the objects a cell names exist, and whether their names are still the
/// ones imported with them ("M004 - Friction" stops agreeing when M004 is renamed).
/// </summary>
public interface ICellContext
{
    bool Exists(DisarmType type, string id);

    bool NameUnchanged(DisarmType type, string id);
}
