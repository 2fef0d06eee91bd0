// Shared by the C# smoke programs (linked into each project): runs named steps in order, prints
// each one's outcome, and turns the first failure into exit code 1 with the step's name.
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;

internal sealed class SmokeFailure(string message) : Exception(message);

internal static class Smoke
{
    public static void Check([DoesNotReturnIf(false)] bool condition, string failure)
    {
        if (!condition)
        {
            throw new SmokeFailure(failure);
        }
    }

    /// <summary>The exception a call that should fail threw: the client's form of the RFC 9457 problem the API answered.</summary>
    public static async Task<TProblem> ProblemOfAsync<TProblem>(Func<Task> call)
        where TProblem : Exception
    {
        try
        {
            await call();
        }
        catch (TProblem problem)
        {
            return problem;
        }

        throw new SmokeFailure("the call succeeded; a problem was expected");
    }

    /// <summary>The status a call answered: 200 when it succeeded, else the one the client's exception carries.</summary>
    public static async Task<int> StatusOfAsync<TException>(Func<Task> call, Func<TException, int> status)
        where TException : Exception
    {
        try
        {
            await call();
            return 200;
        }
        catch (TException failure)
        {
            return status(failure);
        }
    }

    /// <param name="problem">Describes a client's exception for an answer it did not expect (status, title, detail), or gives null for other exceptions.</param>
    public static async Task<int> RunAsync(string client, Func<Exception, string?> problem, IReadOnlyList<(string Name, Func<Task<string>> Step)> steps)
    {
        foreach (var (name, step) in steps)
        {
            var clock = Stopwatch.StartNew();
            try
            {
                var outcome = await step();
                Console.WriteLine($"[{client}] ok   {name} ({clock.ElapsedMilliseconds} ms): {outcome}");
            }
            catch (Exception failure)
            {
                var why = failure is SmokeFailure ? failure.Message : problem(failure) is { } answer ? $"unexpected answer: {answer}\n{failure}" : failure.ToString();
                Console.Error.WriteLine($"[{client}] FAIL {name}: {why}");
                return 1;
            }
        }

        Console.WriteLine($"[{client}] all {steps.Count} steps passed");
        return 0;
    }
}
