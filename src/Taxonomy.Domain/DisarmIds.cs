namespace Taxonomy.Domain;

/// <summary>
/// Every DISARM id shape in one place. DISARM 2.0 introduces new shapes (TA80, A0001.001):
/// supporting one is a change to a single pattern here.
/// </summary>
public static class DisarmIds
{
    // ASCII digits only ([0-9], not \d, which matches any script's digits) and \z, not $, which
    // would accept a trailing newline.
    private static readonly char[] InvisibleCharacters = ['\u200B', '\uFEFF'];

    public static readonly DisarmIdFormat Framework = new("framework", @"^FW[0-9]{2}\z", "FW01");
    public static readonly DisarmIdFormat Phase = new("phase", @"^P[0-9]{2}\z", "P01");
    public static readonly DisarmIdFormat Tactic = new("tactic", @"^TA[0-9]{2}\z", "TA06");
    public static readonly DisarmIdFormat Technique = new("technique", @"^T[0-9]{4}(\.[0-9]{3})?\z", "T0166.003");
    public static readonly DisarmIdFormat Task = new("task", @"^TK[0-9]{4}\z", "TK0001");
    public static readonly DisarmIdFormat Incident = new("incident", @"^I[0-9]{5}\z", "I00251");
    public static readonly DisarmIdFormat IncidentTechnique = new("incident-technique", @"^IT[0-9]{8}\z", "IT00000215");
    public static readonly DisarmIdFormat AssociatedTechnique = new("associated-technique", @"^AT[0-9]{8}\z", "AT00000001");
    public static readonly DisarmIdFormat Counter = new("counter", @"^C[0-9]{5}\z", "C00006");
    public static readonly DisarmIdFormat Detection = new("detection", @"^F[0-9]{5}\z", "F00001");
    public static readonly DisarmIdFormat Metatechnique = new("metatechnique", @"^M[0-9]{3}\z", "M004");
    public static readonly DisarmIdFormat ResponseType = new("response type", @"^D[0-9]{2}\z", "D02");
    public static readonly DisarmIdFormat ActorType = new("actor type", @"^A[0-9]{3}\z", "A033");
    public static readonly DisarmIdFormat Resource = new("resource", @"^R[0-9]{3}\z", "R004");
    public static readonly DisarmIdFormat Sector = new("sector", @"^S[0-9]{3}\z", "S007");
    public static readonly DisarmIdFormat Playbook = new("playbook", @"^PB[0-9]{5}\z", "PB00001");

    /// <summary>
    /// Trims whitespace, including the non-breaking and zero-width spaces the workbooks carry, and
    /// upper-cases, so that ids are stored and compared in one canonical form.
    /// </summary>
    public static string Normalize(string id) => id.Trim().Trim(InvisibleCharacters).Trim().ToUpperInvariant();

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
