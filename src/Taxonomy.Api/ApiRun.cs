using Taxonomy.Api.Importing;

namespace Taxonomy.Api;

/// <summary>What the executable runs: the API, or with <see cref="Import"/> the import; <see cref="Settings"/> are the arguments configuration reads.</summary>
internal sealed record ApiRun(IReadOnlyList<string> Settings, ImportArguments? Import);
