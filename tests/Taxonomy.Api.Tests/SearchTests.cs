using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Taxonomy.Api.Tests;

/// <summary>
/// Full-text search on the real DISARM v1.7 data. Expected hits come from a plain reading of the
/// workbooks and from what other searches answer, never from the ranking code.
/// </summary>
public sealed partial class SearchTests(ImportedTaxonomy imported) : IClassFixture<ImportedTaxonomy>
{
    private readonly HttpClient _client = imported.Factory.CreateClient();

    public static TheoryData<string, string> MalformedQueries => new()
    {
        { "\"fake news", "never closed" },
        { "fake news\"", "never closed" },
        { "bots \"fake\" \"news", "character 13" },
        { "bots OR", "OR at character 6 needs a word or phrase after it" },
        { "OR bots", "OR at character 1 needs a word or phrase before it" },
        { "bots AND", "AND at character 6" },
        { "AND", "AND at character 1" },
        { "NOT bots", "NOT at character 1" },
        { "bots NOT", "NOT at character 6" },
        { "bots OR OR trolls", "OR at character 6 needs a word or phrase after it" },
        { "bots AND OR trolls", "AND at character 6" },
        { "bots NOT AND trolls", "NOT at character 6" },
        { "(", "never closed" },
        { "bots (", "never closed" },
        { ")", "has no ( before it" },
        { "(bots", "never closed" },
        { "bots)", "has no ( before it" },
        { "(bots OR trolls))", "character 17" },
        { "()", "hold nothing" },
        { "bots ()", "hold nothing" },
        { "(OR bots)", "OR at character 2" },
        { "(bots OR)", "OR at character 7" },
        { "NEAR(", "NEAR" },
        { "NEAR(bots trolls)", "NEAR" },
        { "NEAR(bots trolls, 5)", "NEAR" },
        { "*", "must follow a word" },
        { "bots *", "must follow a word" },
        { "*bots", "must follow a word" },
        { "bo*ts", "can only end a word" },
        { "bots**", "can only end a word" },
        { "\"", "never closed" },
        { "\"\"", "empty" },
        { "\"   \"", "empty" },
        { "\"-*-\"", "empty" },
        { "-state", "NOT" },
        { "propaganda -state", "NOT" },
        { "name:", "name:" },
        { "name: bots", "name:" },
        { "name:(bots)", "name:" },
        { "name:*", "must follow a word" },
        { "- + & :", "no words" },
        { "bots\u0000", "control character" },
        { "bots\u001b[31m", "control character" },
        { "((((((((((bots))))))))))", "nest more than" },
        { string.Join(' ', Enumerable.Range(1, 51).Select(i => $"w{i}")), "more than 50" },
        { new string('a', 501), "500" },
    };

    [Theory]
    [InlineData("AI-Generated Content", "T0166")]
    [InlineData("Harass", "T0048")]
    [InlineData("facilitate state propaganda", "T0002")]
    [InlineData("\"Deepfake Impersonation\"", "T0166.001")]
    [InlineData("Measure Effectiveness Indicators (or KPIs)", "T0134")]
    public async Task ATechniquesExactNameFindsItFirst(string q, string id)
    {
        var first = Items(await SearchAsync($"{Q(q)}"))[0];

        Assert.Equal(("techniques", id), ((string?)first["type"], (string?)first["id"]));
    }

    [Fact]
    public async Task EveryTechniqueIsTheFirstHitForItsName()
    {
        var techniques = SheetRows.Read(DisarmData.FrameworksPath, "techniques")
            .Select(row => (Id: SheetRows.Id(row.Cells["disarm_id"]), Name: row.Cells["name"]!.Trim()))
            .Where(t => t.Id.Length > 0)
            .ToList();
        Assert.True(techniques.Count > 400);

        foreach (var (id, name) in techniques)
        {
            var hits = Items(await SearchAsync($"{Q(name)}&pageSize=200"));

            // Objects of the same name are equally exact: the technique is among them.
            var exact = hits.TakeWhile(hit => string.Equals((string?)hit["name"], name, StringComparison.OrdinalIgnoreCase)).ToList();
            Assert.True(exact.Any(hit => (string?)hit["type"] == "techniques" && (string?)hit["id"] == id), $"'{name}' ({id}) is not the first hit: {hits[0]["type"]} {hits[0]["id"]} '{hits[0]["name"]}' is.");
        }
    }

    [Theory]
    [InlineData("propaganda")]
    [InlineData("hashtag")]
    [InlineData("narrative")]
    [InlineData("bots")]
    [InlineData("election")]
    public async Task ObjectsNamedWithAWordRankAboveObjectsThatOnlyMentionIt(string word)
    {
        var hits = Items(await SearchAsync($"{Q(word)}&pageSize=200"));
        var named = hits.Select(hit => Regex.IsMatch((string?)hit["name"] ?? "", $@"\b{word}\b", RegexOptions.IgnoreCase)).ToList();

        Assert.Contains(true, named);
        Assert.Contains(false, named);
        Assert.Equal(named.OrderByDescending(n => n), named);
    }

    [Fact]
    public async Task ANameMatchOutranksASummaryOnlyMatch()
    {
        // T0002 is named "Facilitate State Propaganda"; T0098 (Establish Inauthentic News Sites)
        // only mentions "computational propaganda" in its summary.
        var summary = SheetRows.Read(DisarmData.FrameworksPath, "techniques").Single(row => SheetRows.Id(row.Cells["disarm_id"]) == "T0098").Cells["summary"];
        Assert.Contains("propaganda", summary, StringComparison.OrdinalIgnoreCase);

        var ids = Items(await SearchAsync("q=propaganda&types=techniques&pageSize=200")).Select(hit => (string?)hit["id"]).ToList();

        Assert.Equal("T0002", ids[0]);
        Assert.Contains("T0098", ids);
    }

    [Fact]
    public async Task HitsAreOrderedByScore()
    {
        var hits = Items(await SearchAsync("q=disinformation&pageSize=200"));
        var scores = hits.Select(hit => (double)hit["score"]!).ToList();

        Assert.Equal(scores.OrderByDescending(s => s), scores);
        Assert.All(scores, score => Assert.True(score > 0));
    }

    [Fact]
    public async Task TypesLimitTheHitsToThoseResources()
    {
        var techniques = await SearchAsync("q=propaganda&types=techniques");
        var counters = await SearchAsync("q=propaganda&types=counters");
        var both = await SearchAsync("q=propaganda&types=techniques,%20COUNTERS&pageSize=200");
        var all = await SearchAsync("q=propaganda");

        Assert.Equal((int)techniques["totalCount"]! + (int)counters["totalCount"]!, (int)both["totalCount"]!);
        Assert.All(Items(both), hit => Assert.Contains((string?)hit["type"], new[] { "techniques", "counters" }));
        Assert.Contains(Items(both), hit => (string?)hit["type"] == "counters");
        Assert.True((int)all["totalCount"]! > (int)both["totalCount"]!);
    }

    [Theory]
    [InlineData("techniques")]
    [InlineData("tactics")]
    [InlineData("phases")]
    [InlineData("tasks")]
    [InlineData("incidents")]
    [InlineData("incident-techniques")]
    [InlineData("associated-techniques")]
    [InlineData("counters")]
    [InlineData("detections")]
    [InlineData("metatechniques")]
    [InlineData("response-types")]
    [InlineData("actor-types")]
    [InlineData("resources")]
    [InlineData("sectors")]
    [InlineData("frameworks")]
    [InlineData("playbooks")]
    public async Task EveryTypeIsSearchedAndEachHitLeadsToItsObject(string type)
    {
        var hits = Items(await SearchAsync($"{Q("co* OR in*")}&types={type}&pageSize=3"));

        Assert.NotEmpty(hits);
        foreach (var hit in hits)
        {
            Assert.Equal(type, (string?)hit["type"]);
            var target = await (await _client.GetAsync($"/api/v1/{type}/{hit["id"]}")).ReadJsonAsync(HttpStatusCode.OK);
            Assert.Equal((string?)target["name"], (string?)hit["name"]);
        }
    }

    [Fact]
    public async Task AQueryOfManyShortPrefixesIsRefusedBeforeItRunsNamingItsCostAndTheSetting()
    {
        // The query of finding F3: 50 prefixes within the word limit, 6 s of CPU at DISARM's size.
        var prefixes = "abcdefghijklmnopqrstuvwxyz".Select(c => $"{c}*").Concat(["th*", "an*", "in*", "re*", "co*", "de*", "st*", "pr*", "ma*", "ca*", "pa*", "se*", "mo*", "di*", "te*", "me*", "po*", "tr*", "li*", "ch*", "fo*", "wh*", "ha*", "be*"]);

        var problem = await (await _client.GetAsync($"/api/v1/search?{Q(string.Join(" OR ", prefixes))}&pageSize=200")).ReadBadRequestAsync("q");

        var message = string.Join(" ", problem.ErrorsFor("q"));
        Assert.Contains("costs 2048 where the limit is 32", message, StringComparison.Ordinal);
        Assert.Contains("Taxonomy:Search:MaxCost", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a*", 64)]
    [InlineData("\"fake n\"*", 64)]
    [InlineData("propaganda OR th* OR an* OR x", 34)]
    public async Task OneLetterPrefixesAndQueriesOverTheLimitAreRefusedWithTheirCost(string q, int cost)
    {
        var problem = await (await _client.GetAsync($"/api/v1/search?{Q(q)}")).ReadBadRequestAsync("q");

        Assert.Contains($"costs {cost} where", string.Join(" ", problem.ErrorsFor("q")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AQueryCostingTheLimitRunsAndOneMoreIsRefused()
    {
        // Sixteen four-letter prefixes cost 2 each: 32. None matches, so the query itself is quick.
        var atLimit = string.Join(" OR ", Enumerable.Range(0, 16).Select(i => $"qz{(char)('a' + i)}x*"));

        Assert.Equal(0, (int)(await SearchAsync(Q(atLimit)))["totalCount"]!);
        var problem = await (await _client.GetAsync($"/api/v1/search?{Q(atLimit + " OR propaganda")}")).ReadBadRequestAsync("q");
        Assert.Contains("costs 33", string.Join(" ", problem.ErrorsFor("q")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASearchThatRunsOutOfItsTimeBudgetIsStoppedWith503AndRetryAfter()
    {
        await using var factory = (await ImportedDatabase.CopyAsync()).With("Taxonomy:Search:TimeBudgetMilliseconds", "20");
        using var client = factory.CreateClient();

        // Two-letter prefixes within the cost limit, matching most of the index: far beyond 20 ms.
        using var stopped = await client.GetAsync($"/api/v1/search?{Q("co* OR in*")}&pageSize=200");

        var problem = await stopped.ReadProblemAsync(HttpStatusCode.ServiceUnavailable);
        Assert.Contains("20 ms", (string?)problem["detail"], StringComparison.Ordinal);
        Assert.Equal(TimeSpan.FromSeconds(5), stopped.Headers.RetryAfter?.Delta);

        // The budget ends with the request: the connection goes back to the pool without it, and a
        // long read on it afterwards runs to the end.
        for (var i = 0; i < 4; i++)
        {
            (await client.GetAsync($"/generated_pages/disarm_red_framework.md?attempt={i}")).EnsureSuccessStatusCode();
        }
    }

    [Fact]
    public async Task PagesTogetherHoldEveryHitOnce()
    {
        var whole = await SearchAsync("q=election&pageSize=200");
        var total = (int)whole["totalCount"]!;
        Assert.InRange(total, 20, 200);

        var paged = new List<string>();
        for (var page = 1; page <= 3; page++)
        {
            var part = await SearchAsync($"q=election&page={page}&pageSize=7");
            Assert.Equal(total, (int)part["totalCount"]!);
            Assert.Equal((total + 6) / 7, (int)part["totalPages"]!);
            paged.AddRange(Items(part).Select(Key));
        }

        Assert.Equal(Items(whole).Select(Key).Take(21), paged);
        var last = await SearchAsync($"q=election&page={(total + 6) / 7}&pageSize=7");
        Assert.Equal(total - (7 * ((total + 6) / 7 - 1)), Items(last).Count);
        Assert.Empty(Items(await SearchAsync($"q=election&page={(total + 6) / 7 + 1}&pageSize=7")));
        Assert.Equal(total, Items(whole).Select(Key).Distinct().Count());
    }

    [Fact]
    public async Task SnippetsMarkTheMatchedWords()
    {
        var hits = Items(await SearchAsync("q=deepfake&pageSize=200"));

        Assert.NotEmpty(hits);
        Assert.All(hits, hit =>
        {
            var marked = Marked((string)hit["snippet"]!);
            Assert.NotEmpty(marked);
            Assert.All(marked, word => Assert.Equal("deepfake", word, ignoreCase: true));
        });
    }

    [Fact]
    public async Task SnippetsOfTextWithoutANameComeFromTheText()
    {
        var hit = Items(await SearchAsync("q=propaganda&types=incident-techniques"))[0];

        Assert.Null(hit["name"]);
        var mapping = await (await _client.GetAsync($"/api/v1/incident-techniques/{hit["id"]}")).ReadJsonAsync(HttpStatusCode.OK);
        var snippet = ((string)hit["snippet"]!).Replace("«", "", StringComparison.Ordinal).Replace("»", "", StringComparison.Ordinal).Trim('…');
        Assert.Contains(snippet, (string?)mapping["description"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task APrefixMatchesEveryWordStartingWithIt()
    {
        var prefixed = Items(await SearchAsync("q=deepfak*&pageSize=200"));

        Assert.Equal(0, (int)(await SearchAsync("q=deepfak"))["totalCount"]!);
        Assert.Contains(prefixed, hit => (string?)hit["id"] == "T0166.001");
        var words = prefixed.SelectMany(hit => Marked((string)hit["snippet"]!)).Select(w => w.ToLowerInvariant()).ToHashSet();
        Assert.All(words, word => Assert.StartsWith("deepfak", word, StringComparison.Ordinal));
        Assert.Contains("deepfake", words);
        Assert.Contains("deepfakes", words);
    }

    [Fact]
    public async Task APhraseMatchesItsWordsTogether()
    {
        var phrase = await SearchAsync($"{Q("\"fake news\"")}&pageSize=200");
        var words = await SearchAsync("q=fake%20news");

        Assert.True((int)phrase["totalCount"]! > 0);
        Assert.True((int)phrase["totalCount"]! < (int)words["totalCount"]!);
        // The text's punctuation separates words as spaces do: "fake-news" is the phrase too.
        Assert.All(Items(phrase), hit => Assert.Contains(Marked((string)hit["snippet"]!), m => Regex.Replace(m, @"\W+", " ").Equals("fake news", StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public async Task OperatorsCombineWhatTheirTermsMatch()
    {
        async Task<int> Total(string q) => (int)(await SearchAsync(Q(q)))["totalCount"]!;
        var bots = await Total("bots");
        var trolls = await Total("trolls");

        Assert.Equal(await Total("bots trolls"), await Total("bots AND trolls"));
        Assert.Equal(bots + trolls - await Total("bots trolls"), await Total("bots OR trolls"));
        Assert.Equal(bots - await Total("bots trolls"), await Total("bots NOT trolls"));
        Assert.Equal(await Total("(bots OR trolls) NOT facebook"), await Total("bots NOT facebook OR trolls NOT facebook"));
        Assert.True(await Total("bots and trolls") <= await Total("bots trolls"), "Lower-case and is a word, not an operator.");
    }

    [Fact]
    public async Task NameFilterMatchesNamesOnly()
    {
        var named = Items(await SearchAsync("q=name:propaganda&pageSize=200"));

        Assert.NotEmpty(named);
        Assert.All(named, hit => Assert.Contains("propaganda", (string?)hit["name"], StringComparison.OrdinalIgnoreCase));
        Assert.True(named.Count < (int)(await SearchAsync("q=propaganda"))["totalCount"]!);
        Assert.Contains(Items(await SearchAsync($"{Q("name:\"state propaganda\"")}")), hit => (string?)hit["id"] == "T0002");
    }

    [Theory]
    [InlineData("desinformation", "DÉSINFORMATION", "I00223")]
    [InlineData("rosalia", "ROSALÍA", "I00249")]
    [InlineData("propaganda", "PrOpAgAnDa", "T0002")]
    public async Task LetterCaseAndAccentsAreIgnored(string plain, string marked, string id)
    {
        var one = Items(await SearchAsync($"{Q(plain)}&pageSize=200")).Select(Key).ToList();
        var other = Items(await SearchAsync($"{Q(marked)}&pageSize=200")).Select(Key).ToList();

        Assert.Equal(one, other);
        Assert.Contains(one, key => key.EndsWith($"/{id}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PunctuationSeparatesWordsAsInTheText()
    {
        // DISARM writes "Dilute the core narrative - create multiple permutations, ..." (C00031).
        var hits = Items(await SearchAsync($"{Q("narrative - create multiple permutations")}&types=counters"));

        Assert.Equal("C00031", (string?)hits[0]["id"]);
    }

    [Theory]
    [MemberData(nameof(MalformedQueries))]
    public async Task AMalformedQueryIs400SayingWhatIsWrong(string q, string expected)
    {
        var problem = await (await _client.GetAsync($"/api/v1/search?{Q(q)}")).ReadProblemAsync(HttpStatusCode.BadRequest, "q");

        Assert.Contains(problem.ErrorsFor("q"), message => message.Contains(expected, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("")]
    [InlineData("q=")]
    [InlineData("q=%20%20")]
    [InlineData("q=%09%0A")]
    [InlineData("types=techniques")]
    public async Task ABlankQueryIs400(string query)
    {
        var problem = await (await _client.GetAsync($"/api/v1/search?{query}")).ReadProblemAsync(HttpStatusCode.BadRequest, "q");

        Assert.Contains(problem.ErrorsFor("q"), message => message.Contains("words to search for", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("technique", "'technique'")]
    [InlineData("techniques,counter", "'counter'")]
    [InlineData("references", "'references'")]
    [InlineData("Techniques,incident_techniques,x", "'incident_techniques', 'x'")]
    public async Task AnUnknownTypeIs400NamingIt(string types, string named)
    {
        var problem = await (await _client.GetAsync($"/api/v1/search?q=bots&types={Uri.EscapeDataString(types)}")).ReadProblemAsync(HttpStatusCode.BadRequest, "types");

        Assert.Contains(problem.ErrorsFor("types"), message => message.Contains(named, StringComparison.Ordinal) && message.Contains("incident-techniques", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("page=0")]
    [InlineData("pageSize=201")]
    public async Task BadPagingIs400(string paging)
    {
        await (await _client.GetAsync($"/api/v1/search?q=bots&{paging}")).ReadProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task AnyQueryIsAnsweredOrRefusedNeverFailed()
    {
        string[] pieces = ["bots", "fake", "news", "a", "é", "ß", "0", "T0002", "\"", "*", "(", ")", " ", " ", "AND", "OR", "NOT", "NEAR", "NEAR(", "name:", "Name:",
            "-", "+", ":", "^", "{", "}", ",", "'", "\\", "%", "_", ".", "\u00A0", "\t", "\u0301", "😀", "\u200B", "«", "»", "…", "NULL", ";", "--"];
        var random = new Random(1234);
        var (answered, refused) = (0, 0);
        for (var run = 0; run < 400; run++)
        {
            var q = string.Concat(Enumerable.Range(0, random.Next(1, 10)).Select(_ => pieces[random.Next(pieces.Length)] + (random.Next(3) == 0 ? " " : "")));

            using var response = await _client.GetAsync($"/api/v1/search?{Q(q)}");

            if (response.StatusCode == HttpStatusCode.OK)
            {
                await response.ReadJsonAsync(HttpStatusCode.OK);
                answered++;
            }
            else
            {
                var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest, "q");
                Assert.False(string.IsNullOrWhiteSpace(problem.ErrorsFor("q")[0]), q);
                refused++;
            }
        }

        Assert.True(answered > 50 && refused > 50, $"{answered} answered and {refused} refused: the queries should mix both.");
    }

    private async Task<JsonNode> SearchAsync(string query) =>
        await (await _client.GetAsync($"/api/v1/search?{query}")).ReadJsonAsync(HttpStatusCode.OK);

    private static string Q(string q) => "q=" + Uri.EscapeDataString(q);

    private static List<JsonNode> Items(JsonNode page) => page["items"]!.AsArray().Select(item => item!).ToList();

    private static string Key(JsonNode hit) => $"{hit["type"]}/{hit["id"]}";

    private static List<string> Marked(string snippet) => MarkedText().Matches(snippet).Select(m => m.Groups[1].Value).ToList();

    [GeneratedRegex("«([^»]*)»")]
    private static partial Regex MarkedText();
}
