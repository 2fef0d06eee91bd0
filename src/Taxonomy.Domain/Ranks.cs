namespace Taxonomy.Domain;

internal static class Ranks
{
    public static int Require(int rank) =>
        rank >= 1 ? rank : throw new DomainRuleException("rank", "A rank is a whole number from 1 up.");
}
