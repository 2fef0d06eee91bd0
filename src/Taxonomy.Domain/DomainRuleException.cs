namespace Taxonomy.Domain;

/// <summary>A request or an import would break a rule of the DISARM model.</summary>
public sealed class DomainRuleException : Exception
{
    public DomainRuleException(string field, string message)
        : base(message) => Field = field;

    public DomainRuleException()
    {
    }

    public DomainRuleException(string message)
        : base(message)
    {
    }

    public DomainRuleException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The field of the object that breaks the rule, in the API's camelCase spelling.</summary>
    public string Field { get; } = "";
}
