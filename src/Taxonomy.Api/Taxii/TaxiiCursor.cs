using System.Globalization;

namespace Taxonomy.Api.Taxii;

/// <summary>
/// Where an object version comes in a collection: the position of the version of the DISARM object
/// it is made from (the versions table's id, in commit order, hence in the order versions were
/// added), and its index among that version's STIX objects. A page's next is the place of its last
/// object, written as "position.index"; clients are to treat it as opaque.
/// </summary>
/// <param name="Position">The version's position.</param>
/// <param name="Index">The object's index among the version's objects; DISARM's identity and marking come before them (-2, -1) and the matrix after (int.MaxValue).</param>
public readonly record struct TaxiiCursor(long Position, int Index) : IComparable<TaxiiCursor>
{
    public int CompareTo(TaxiiCursor other) => Position != other.Position ? Position.CompareTo(other.Position) : Index.CompareTo(other.Index);

    public static bool operator <(TaxiiCursor left, TaxiiCursor right) => left.CompareTo(right) < 0;

    public static bool operator <=(TaxiiCursor left, TaxiiCursor right) => left.CompareTo(right) <= 0;

    public static bool operator >(TaxiiCursor left, TaxiiCursor right) => left.CompareTo(right) > 0;

    public static bool operator >=(TaxiiCursor left, TaxiiCursor right) => left.CompareTo(right) >= 0;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Position}.{Index}");

    public static bool TryParse(string text, out TaxiiCursor cursor)
    {
        cursor = default;
        var parts = text.Split('.');
        if (parts.Length == 2
            && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var position)
            && int.TryParse(parts[1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var index))
        {
            cursor = new TaxiiCursor(position, index);
            return true;
        }

        return false;
    }
}
