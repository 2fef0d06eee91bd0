namespace Taxonomy.Domain;

internal static class Collections
{
    /// <summary>
    /// Makes <paramref name="target"/> hold exactly <paramref name="items"/>, touching only what
    /// changes so that an ORM tracking the collection writes the difference.
    /// </summary>
    public static void Replace<T>(ICollection<T> target, IEnumerable<T> items)
    {
        var wanted = items.Distinct().ToList();
        foreach (var stale in target.Except(wanted).ToList())
        {
            target.Remove(stale);
        }

        foreach (var added in wanted.Except(target).ToList())
        {
            target.Add(added);
        }
    }
}
