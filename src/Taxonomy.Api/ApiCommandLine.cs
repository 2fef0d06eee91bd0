using System.CommandLine;
using Taxonomy.Api.Importing;

namespace Taxonomy.Api;

/// <summary>
/// The executable's command line. With no command the API starts and every argument is ASP.NET Core
/// configuration (<c>--Key=value</c> or <c>--Key value</c>); <c>import</c> reads its own options, and
/// settings only as <c>--Key=value</c>, wherever they stand. Help and wrong arguments are answered
/// here, before anything opens the database, so that a mistake never creates or migrates one.
/// </summary>
internal static class ApiCommandLine
{
    public const int UsageError = 2;

    /// <summary>What to run, with the arguments configuration reads; or none, and the exit code, once help or a usage error is printed.</summary>
    public static (ApiRun? Run, int ExitCode) Parse(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        var serve = false;
        ImportArguments? importing = null;
        var import = ImportCommand.Define(arguments => importing = arguments);
        var options = import.Options.SelectMany(option => option.Aliases.Prepend(option.Name)).ToHashSet(StringComparer.Ordinal);
        bool IsSetting(string arg) =>
            arg.StartsWith("--", StringComparison.Ordinal) && arg.IndexOf('=', StringComparison.Ordinal) is > 2 and var at && !options.Contains(arg[..at]);

        // Hidden: the root's description tells of settings, and import's help would otherwise show them.
        var settings = new Argument<string[]>("settings") { Arity = ArgumentArity.ZeroOrMore, Hidden = true };
        settings.Validators.Add(result =>
        {
            // A misspelt or not-yet-built command would otherwise be taken for a setting and the API would start in its place.
            if (result.Tokens is [{ Value: var verb }, ..] && char.IsAsciiLetterLower(verb.FirstOrDefault()) && verb.All(c => char.IsAsciiLetterLower(c) || c == '-'))
            {
                result.AddError($"Unknown command '{verb}'. Commands: {ImportCommand.Verb}; with none, the API starts.");
            }
        });
        import.Validators.Add(result =>
        {
            if (result.GetResult(settings) is { Tokens: [{ Value: var first }, ..] })
            {
                result.AddError($"'{first}' comes before the command: there, settings are read in the form --Key=value only.");
            }
        });

        var root = new RootCommand("""
            The DISARM Taxonomy API. With no command it serves the API. Settings come from appsettings.json, environment variables
            (ConnectionStrings__Taxonomy, Taxonomy__AdminApiKeys__0, ...) and arguments, --Key=value or --Key value, such as
            --urls http://0.0.0.0:8080 or --ConnectionStrings:Taxonomy="Data Source=data/taxonomy.db".
            """)
        {
            settings,
            import,
        };
        root.SetAction(_ => serve = true);

        // Without response files: an argument starting with @ is a setting's value, not a file to read arguments from.
        var parsed = root.Parse(args.Where(arg => !IsSetting(arg)).ToList(), new ParserConfiguration { ResponseFileTokenReplacer = null });
        var failed = parsed.Errors.Count > 0;
        var exitCode = parsed.Invoke(new InvocationConfiguration
        {
            // A usage error prints the errors and then the command's help, all of it to stderr.
            Output = failed ? error : output,
            Error = error,
            EnableDefaultExceptionHandler = false,
            // The host handles Ctrl-C and SIGTERM itself, giving requests time to finish.
            ProcessTerminationTimeout = null,
        });
        return failed ? (null, UsageError)
            : importing is not null ? (new ApiRun([.. args.Where(IsSetting)], importing), exitCode)
            : serve ? (new ApiRun(args, null), exitCode)
            : (null, exitCode);
    }
}
