namespace Taxonomy.Api.Grids;

/// <summary>A column of the red framework: a tactic and its techniques.</summary>
/// <param name="TacticId">The tactic. <example>TA06</example></param>
/// <param name="Name">The tactic's name.</param>
/// <param name="PhaseId">The phase it sits in.</param>
/// <param name="Rank">Its place in DISARM's order.</param>
/// <param name="Techniques">Its techniques by id, each with its sub-techniques.</param>
public sealed record RedGridColumn(string TacticId, string Name, string PhaseId, int Rank, IReadOnlyList<TechniqueTreeNode> Techniques);

/// <summary>A column of the blue framework: a tactic and the counters that belong to its stage.</summary>
/// <param name="TacticId">The tactic. <example>TA06</example></param>
/// <param name="Name">The tactic's name.</param>
/// <param name="PhaseId">The phase it sits in.</param>
/// <param name="Rank">Its place in DISARM's order.</param>
/// <param name="Counters">Its counters by id.</param>
public sealed record BlueGridColumn(string TacticId, string Name, string PhaseId, int Rank, IReadOnlyList<CounterLink> Counters);
