using System.Diagnostics.CodeAnalysis;

namespace Taxonomy.Api.Search;

/// <summary>
/// The query language of <c>q</c>: words, "phrases", prefix*, name: filters, AND, OR, NOT and
/// parentheses. A query is parsed and written out again as an FTS5 expression in which every word
/// is a quoted string, so that nothing a client sends reaches FTS5's own syntax: a malformed query
/// is refused here with a message saying what is wrong and where.
/// </summary>
internal static class SearchSyntax
{
    public const int MaxLength = 500;
    public const int MaxTerms = 50;
    public const int MaxDepth = 8;

    private const string NameFilter = "name:";

    private enum Kind
    {
        Term,
        And,
        Or,
        Not,
        Open,
        Close,
    }

    /// <summary>Parses a query that <see cref="TryParse"/> accepts.</summary>
    public static SearchExpression Parse(string q) =>
        TryParse(q, int.MaxValue, out var expression, out var error) ? expression : throw new ArgumentException(error, nameof(q));

    /// <param name="q">The query.</param>
    /// <param name="maxCost">The most the query may cost (<see cref="CostOf"/> summed over its terms).</param>
    /// <param name="expression">The query as FTS5 reads it.</param>
    /// <param name="error">What is wrong with the query, and where.</param>
    public static bool TryParse(string q, int maxCost, [NotNullWhen(true)] out SearchExpression? expression, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(q);
        try
        {
            var tokens = Tokenize(q);
            var match = new Parser(tokens).ParseQuery();
            var cost = tokens.Where(token => token.Kind == Kind.Term).Sum(TermCost);
            if (cost > maxCost)
            {
                throw Error($"The query costs {cost} where the limit is {maxCost} (setting {SearchLimits.Section}:MaxCost). A word or phrase costs 1; "
                    + $"a prefix* costs {CostOf(1)} with one letter or digit, {CostOf(2)} with two, {CostOf(3)} with three, {CostOf(4)} with four and 1 with five or more, "
                    + "because a short prefix matches much of the index. Use longer prefixes, or fewer.");
            }

            var phrase = tokens is [{ Kind: Kind.Term, Prefix: false, NameOnly: false } only] && q.TrimStart().StartsWith('"') ? only.Text : null;
            expression = new SearchExpression(match, phrase ?? q.Trim());
            error = null;
            return true;
        }
        catch (FormatException e)
        {
            expression = null;
            error = e.Message;
            return false;
        }
    }

    /// <summary>
    /// What a prefix search with this many letters and digits before its * costs: FTS5 reads every
    /// indexed word it expands to and every entry that holds one, and each letter fewer multiplies
    /// them. A one-letter prefix matches almost every entry, and costs more than any query may.
    /// </summary>
    public static int CostOf(int prefixLength) => prefixLength switch
    {
        <= 1 => 64,
        2 => 16,
        3 => 4,
        4 => 2,
        _ => 1,
    };

    private static int TermCost(Token term)
    {
        if (!term.Prefix)
        {
            return 1;
        }

        // Only the last word of a "phrase"* is a prefix; punctuation separates words as in the index.
        var end = term.Text.Length;
        while (end > 0 && !char.IsLetterOrDigit(term.Text[end - 1]))
        {
            end--;
        }

        var start = end;
        while (start > 0 && char.IsLetterOrDigit(term.Text[start - 1]))
        {
            start--;
        }

        return CostOf(end - start);
    }

    private static List<Token> Tokenize(string q)
    {
        for (var c = 0; c < q.Length; c++)
        {
            if (char.IsControl(q[c]) && !char.IsWhiteSpace(q[c]))
            {
                throw Error($"The query has a control character (U+{(int)q[c]:X4}) at character {c + 1}.");
            }
        }

        var tokens = new List<Token>();
        var i = 0;
        while (i < q.Length)
        {
            if (char.IsWhiteSpace(q[i]))
            {
                i++;
                continue;
            }

            var start = i;
            if (q[i] is '(' or ')')
            {
                tokens.Add(new Token(q[i] == '(' ? Kind.Open : Kind.Close, q[i].ToString(), start + 1));
                i++;
                continue;
            }

            var nameOnly = q.AsSpan(i).StartsWith(NameFilter, StringComparison.OrdinalIgnoreCase);
            if (nameOnly)
            {
                i += NameFilter.Length;
                if (i == q.Length || char.IsWhiteSpace(q[i]) || q[i] is '(' or ')')
                {
                    throw Error($"name: at character {start + 1} must be followed directly by a word or a \"phrase\", as in name:bot or name:\"fake news\".");
                }
            }

            if ((q[i] == '"' ? ReadPhrase(q, ref i, start, nameOnly) : ReadWord(q, ref i, start, nameOnly)) is { } token)
            {
                tokens.Add(token);
            }
        }

        return tokens;
    }

    private static Token ReadPhrase(string q, ref int i, int start, bool nameOnly)
    {
        var close = q.IndexOf('"', i + 1);
        if (close < 0)
        {
            throw Error($"The quote at character {i + 1} is never closed: end the phrase with another \".");
        }

        var text = q[(i + 1)..close];
        i = close + 1;
        var prefix = i < q.Length && q[i] == '*';
        if (prefix)
        {
            i++;
        }

        return HasLetterOrDigit(text)
            ? new Token(Kind.Term, text, start + 1, prefix, nameOnly)
            : throw Error($"The phrase at character {start + 1} is empty or has no letters or digits to search for.");
    }

    private static Token? ReadWord(string q, ref int i, int start, bool nameOnly)
    {
        var wordStart = i;
        while (i < q.Length && !char.IsWhiteSpace(q[i]) && q[i] is not ('"' or '(' or ')'))
        {
            i++;
        }

        var word = q[wordStart..i];
        if (!nameOnly && word is "AND" or "OR" or "NOT")
        {
            return new Token(word == "AND" ? Kind.And : word == "OR" ? Kind.Or : Kind.Not, word, start + 1);
        }

        if (word == "NEAR" && i < q.Length && q[i] == '(')
        {
            throw Error($"NEAR(…) at character {start + 1} is not supported: search for a \"phrase\", or for words anywhere in the text.");
        }

        var star = word.IndexOf('*', StringComparison.Ordinal);
        if (star > 0 && star < word.Length - 1)
        {
            throw Error($"The * at character {wordStart + star + 1} can only end a word: a prefix search looks like manip*.");
        }

        var text = star >= 0 ? word[..star] : word;
        if (!HasLetterOrDigit(text))
        {
            if (star >= 0)
            {
                throw Error($"The * at character {wordStart + star + 1} must follow a word: a prefix search looks like manip*.");
            }

            if (nameOnly)
            {
                throw Error($"name: at character {start + 1} must be followed directly by a word or a \"phrase\", as in name:bot or name:\"fake news\".");
            }

            // Punctuation on its own (the "-" in "narrative - create") separates words, as it does in the index.
            return null;
        }

        if (text.StartsWith('-'))
        {
            throw Error($"'{text}' at character {wordStart + 1}: to leave out a word, put NOT before it, as in propaganda NOT state.");
        }

        return new Token(Kind.Term, text, start + 1, star > 0, nameOnly);
    }

    private static bool HasLetterOrDigit(string text) => text.Any(char.IsLetterOrDigit);

    private static FormatException Error(string message) => new(message);

    private sealed record Token(Kind Kind, string Text, int Position, bool Prefix = false, bool NameOnly = false);

    /// <summary>
    /// Recursive descent with FTS5's precedence (NOT binds tightest, then AND, then OR), writing
    /// every operation out in parentheses.
    /// </summary>
    private sealed class Parser(List<Token> tokens)
    {
        private int _next;
        private int _terms;

        public string ParseQuery()
        {
            var expression = ParseOr(0);
            return _next == tokens.Count ? expression : throw Error($"The ) at character {tokens[_next].Position} has no ( before it.");
        }

        private Token? Peek => _next < tokens.Count ? tokens[_next] : null;

        private string ParseOr(int depth)
        {
            var left = ParseAnd(depth, null);
            while (Peek is { Kind: Kind.Or } or)
            {
                _next++;
                left = $"({left} OR {ParseAnd(depth, or)})";
            }

            return left;
        }

        private string ParseAnd(int depth, Token? after)
        {
            var left = ParseNot(depth, after);
            while (Peek is { Kind: Kind.And or Kind.Term or Kind.Open } next)
            {
                Token? and = null;
                if (next.Kind == Kind.And)
                {
                    and = next;
                    _next++;
                }

                left = $"({left} AND {ParseNot(depth, and)})";
            }

            return left;
        }

        private string ParseNot(int depth, Token? after)
        {
            var left = ParseOperand(depth, after);
            while (Peek is { Kind: Kind.Not } not)
            {
                _next++;
                left = $"({left} NOT {ParseOperand(depth, not)})";
            }

            return left;
        }

        /// <summary>A term or a group in parentheses; <paramref name="after"/> is the operator before it, for messages.</summary>
        private string ParseOperand(int depth, Token? after)
        {
            var token = Peek;
            if (token is null || token.Kind is Kind.Close or Kind.And or Kind.Or or Kind.Not)
            {
                throw Error(MissingOperand(token, after));
            }

            _next++;
            if (token.Kind == Kind.Term)
            {
                return ++_terms > MaxTerms
                    ? throw Error($"The query has more than {MaxTerms} words and phrases.")
                    : (token.NameOnly ? "Name : " : "") + "\"" + token.Text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" + (token.Prefix ? "*" : "");
            }

            if (depth == MaxDepth)
            {
                throw Error($"The parentheses at character {token.Position} nest more than {MaxDepth} deep.");
            }

            if (Peek is null or { Kind: Kind.Close })
            {
                throw Error(Peek is null ? $"The ( at character {token.Position} is never closed." : $"The parentheses at character {token.Position} hold nothing.");
            }

            var inner = ParseOr(depth + 1);
            if (Peek is not { Kind: Kind.Close })
            {
                throw Error($"The ( at character {token.Position} is never closed.");
            }

            _next++;
            return inner;
        }

        private static string MissingOperand(Token? found, Token? after) => (found, after) switch
        {
            (_, { } op) => $"{op.Text} at character {op.Position} needs a word or phrase after it.",
            ({ Kind: Kind.Close }, null) => $"The ) at character {found.Position} has no ( before it.",
            ({ Kind: Kind.Not }, null) => $"NOT at character {found.Position} needs a word or phrase before it: it leaves out what follows from what comes before, as in propaganda NOT state.",
            ({ } op, null) => $"{op.Text} at character {op.Position} needs a word or phrase before it.",
            (null, null) => "The query has no words to search for.",
        };
    }
}
