namespace Taxonomy.Domain;

internal static class Text
{
    public static string RequireName(string? name, string field = "name")
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new DomainRuleException(field, "A name is required.");
        }

        return name.Trim();
    }

    /// <summary>Blank optional text is stored as null so that "absent" has one representation.</summary>
    public static string? Optional(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
