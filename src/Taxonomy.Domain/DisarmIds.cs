namespace Taxonomy.Domain;

/// <summary>
/// Every DISARM id shape in one place. DISARM 2.0 introduces new shapes (TA80, A0001.001):
/// supporting one is a change to a single pattern here.
/// </summary>
public static class DisarmIds
{
    public static readonly DisarmIdFormat Framework = new("framework", @"^FW\d{2}$", "FW01");
    public static readonly DisarmIdFormat Phase = new("phase", @"^P\d{2}$", "P01");
    public static readonly DisarmIdFormat Tactic = new("tactic", @"^TA\d{2}$", "TA06");
    public static readonly DisarmIdFormat Technique = new("technique", @"^T\d{4}(\.\d{3})?$", "T0166.003");
    public static readonly DisarmIdFormat Task = new("task", @"^TK\d{4}$", "TK0001");
    public static readonly DisarmIdFormat Incident = new("incident", @"^I\d{5}$", "I00251");
    public static readonly DisarmIdFormat IncidentTechnique = new("incident-technique", @"^IT\d{8}$", "IT00000215");
    public static readonly DisarmIdFormat AssociatedTechnique = new("associated-technique", @"^AT\d{8}$", "AT00000001");
    public static readonly DisarmIdFormat Counter = new("counter", @"^C\d{5}$", "C00006");
    public static readonly DisarmIdFormat Detection = new("detection", @"^F\d{5}$", "F00001");
    public static readonly DisarmIdFormat Metatechnique = new("metatechnique", @"^M\d{3}$", "M004");
    public static readonly DisarmIdFormat ResponseType = new("response type", @"^D\d{2}$", "D02");
    public static readonly DisarmIdFormat ActorType = new("actor type", @"^A\d{3}$", "A033");
    public static readonly DisarmIdFormat Resource = new("resource", @"^R\d{3}$", "R004");
    public static readonly DisarmIdFormat Sector = new("sector", @"^S\d{3}$", "S007");
    public static readonly DisarmIdFormat Playbook = new("playbook", @"^PB\d{5}$", "PB00001");

    /// <summary>
    /// Trims every kind of whitespace (the workbooks carry non-breaking spaces) and upper-cases,
    /// so that ids are stored and compared in one canonical form.
    /// </summary>
    public static string Normalize(string id) => id.Trim().ToUpperInvariant();

    /// <summary>The parent of a sub-technique (<c>T0166</c> for <c>T0166.003</c>), or null for a technique.</summary>
    public static string? ParentOf(string techniqueId)
    {
        var dot = techniqueId.LastIndexOf('.');
        return dot < 0 ? null : techniqueId[..dot];
    }

    /// <summary>Normalises <paramref name="id"/> and checks it against <paramref name="format"/>.</summary>
    /// <exception cref="DomainRuleException">The id does not have the expected shape.</exception>
    public static string Require(DisarmIdFormat format, string? id, string field)
    {
        var normalized = id is null ? null : Normalize(id);
        if (!format.IsValid(normalized))
        {
            throw new DomainRuleException(field, $"'{id}' is not {format.Describe()}.");
        }

        return normalized!;
    }
}
