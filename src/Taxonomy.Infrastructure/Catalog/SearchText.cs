namespace Taxonomy.Infrastructure.Catalog;

/// <summary>The text of an object that search finds it by: its name, weighted above the rest of its text.</summary>
public sealed record SearchText(string? Name, string? Body)
{
    /// <summary>The texts present, one per line: what SQLite's concat_ws(char(10), ...) gives, which a migration uses.</summary>
    public static string? Join(params string?[] texts)
    {
        var present = texts.OfType<string>().ToList();
        return present.Count == 0 ? null : string.Join('\n', present);
    }
}
