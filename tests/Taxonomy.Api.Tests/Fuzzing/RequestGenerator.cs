using System.Text;
using System.Text.Json.Nodes;
using CsCheck;
using static Taxonomy.Api.Tests.Fuzzing.JsonFragments;

namespace Taxonomy.Api.Tests.Fuzzing;

/// <summary>
/// Requests for the operations of an OpenAPI document: each starts valid-looking, built from the
/// document's schemas and examples and the ids the database holds, and most are then broken in
/// one or more ways: a field of the wrong type or with hostile text, unknown or repeated fields,
/// nesting too deep, a body that is not JSON, a media type or charset the API does not take, an
/// id that is too long, of another type or percent-encoded junk, abusive query strings, a wrong,
/// missing or underpowered API key, odd conditional headers.
/// </summary>
/// <remarks>
/// Writes that could land on the imported data (PUT, DELETE and restore of a stored object) carry
/// an If-Match naming a version the object cannot have, so that they can be refused in every way
/// but never change it; writes without that guard go to the objects the fuzzer made itself
/// (<see cref="FuzzTargets"/>) or to new ids.
/// </remarks>
internal sealed class RequestGenerator
{
    public const string Stale = "\"v999999\"";
    private const string Boundary = "fuzz-7d1c0f";
    private const string Workbook = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>A mebibyte of whitespace, which makes any body too large.</summary>
    private static readonly byte[] Padding = [.. Enumerable.Repeat((byte)' ', 1024 * 1024)];

    /// <summary>Stands for the id the path names, in the body of a replacement, which may repeat it.</summary>
    private static readonly byte[] PathId = Ascii("\"(the path's id)\"");

    /// <summary>Path segments and query values that are percent-encoded junk, sent as they are.</summary>
    private static readonly string[] PercentJunk =
    [
        "%", "%%", "%zz", "%00", "%ff", "%c0%af", "%ed%a0%80", "%e2%80%ae", "%2F", "%3F", "%23", "%u0041", "+", "%2B", "%0d%0aX-Injected:%201",
        "%25", "a%2", "%F0%9F%98", "%EF%BB%BF", "..%2F..%2Fappsettings.json", "%2e%2e%2f%2e%2e%2fetc%2fpasswd", "..%5C..%5Cweb.config", "...",
        "~", "%20", "%09", "%7B%7D", "%5B%5D", "null", "undefined", "-", "_",
    ];

    private static readonly string[] Numbers =
    [
        "0", "-1", "-0", "2147483647", "2147483648", "-2147483649", "99999999999999999999999", "1e3", "0x10", "1.5", "1.0", "+5", "%20%207",
        "1,2", "9999999", "201", "1001", "NaN", "%D9%A3", "",
    ];

    private static readonly string[] Booleans = ["maybe", "1", "0", "TRUE", "yes", "", "null", "true,false"];

    private static readonly string[] OddAccepts =
    [
        "garbage", "text/markdown;q=0", "application/json;q=2", "text/*", "", "application/problem+json", "text/html", "application/json, text/markdown",
        "application/xml, */*;q=0.1", "text/markdown; charset=utf-16", new string('a', 5_000),
    ];

    private static readonly string[] OddETags =
    [
        "garbage", "v1", "\"", "\"v1\", \"v2\"", "W/\"v1\"", "*, \"v1\"", "\"v-1\"", "\"v99999999999999999999\"", new string('"', 100),
        "\"" + new string('v', 10_000) + "\"", "\"é\"", "\"v1\" garbage", ",", "\"\"",
    ];

    /// <summary>If-Match values that parse, but never match a version an object can have: the guard of writes to stored objects.</summary>
    private static readonly string[] StaleETags = [Stale, "\"v0\"", "W/\"v1\"", "\"stale\", \"v999998\""];

    private static readonly string[] OddKeys = ["", " ", new string('k', 10_000), TaxonomyApiFactory.AdminKey.ToUpperInvariant(), "é", "a, b", "null"];

    private static readonly (string Name, string Value)[] StrayHeaders =
    [
        ("X-HTTP-Method-Override", "DELETE"), ("Range", "bytes=0-10"), ("Expect", "100-continue"), ("Cookie", "a=b"), ("Authorization", "Bearer x"),
        ("X-Forwarded-For", "::1"), ("X-Forwarded-Proto", "gopher"), ("Accept-Charset", "utf-16"), ("Accept-Encoding", "br, gzip"), ("If-Modified-Since", "yesterday"),
        ("If-Unmodified-Since", "Thu, 01 Jan 1970 00:00:00 GMT"), ("If-Range", "\"v1\""), ("Content-Encoding", "gzip"), ("Prefer", "return=minimal"),
    ];

    private static readonly string[] Words = ["fake", "news", "bot", "social media", "\"fake news\"", "name:bot", "disinfo*", "fake OR bot", "NOT bot", "(a AND b)", "T0002"];

    private readonly FuzzTargets _targets;
    private readonly string _editorKey;
    private readonly string _adminKey;
    private readonly Lazy<Gen<FuzzRequest>> _requests;

    public RequestGenerator(IReadOnlyList<ApiOperation> operations, FuzzTargets targets, string editorKey, string adminKey)
    {
        _targets = targets;
        _editorKey = editorKey;
        _adminKey = adminKey;

        // Built when first asked for, after the fuzzer has made its own objects, which the paths of writes name.
        _requests = new(() => Gen.Frequency(operations.Select(op => W(op.Body is null ? 1 : 3, For(op))).ToArray()));
    }

    /// <summary>A request for any operation; those that take a body are picked three times as often, having more to break.</summary>
    public Gen<FuzzRequest> Requests => _requests.Value;

    /// <summary>A valid body to create an object with a new id, for the fuzzer's own objects.</summary>
    public Gen<byte[]> NewObject(ApiOperation create)
    {
        ArgumentNullException.ThrowIfNull(create);
        return ValidMembers(create, fresh: true).Select(members => Compose(members, pathId: null));
    }

    /// <remarks>
    /// Each part's generator is built once; the body is made as a function of the path's id, which a
    /// replacement's body may repeat.
    /// </remarks>
    private Gen<FuzzRequest> For(ApiOperation op)
    {
        var paths = PathOf(op);
        var queries = QueryOf(op);
        var headers = HeadersOf(op, guarded: false);
        var guardedHeaders = HeadersOf(op, guarded: true);
        var bodies = BodyOf(op);
        return from path in paths
               from query in queries
               from head in path.Guarded ? guardedHeaders : headers
               from body in bodies
               let made = body(path.Id)
               select new FuzzRequest(op, FuzzRequest.Sendable(path.Url + query), [.. head, .. made.Headers], made.Bytes, made.Chunked);
    }

    private Gen<(string Url, string? Id, bool Guarded)> PathOf(ApiOperation op)
    {
        var parameters = op.Parameters.Where(p => p.In == "path").ToList();
        return All(parameters.Select(p => SegmentOf(op, p))).Select(segments =>
        {
            var url = op.Path;
            string? id = null;
            var guarded = false;
            for (var i = 0; i < parameters.Count; i++)
            {
                url = url.Replace("{" + parameters[i].Name + "}", segments[i].Segment, StringComparison.Ordinal);
                if (parameters[i].Name == "id")
                {
                    (id, guarded) = (segments[i].Value, segments[i].Stored);
                }
            }

            return (url, id, guarded && op.Method != "GET");
        });
    }

    /// <summary>A path value as sent, with the value it encodes when it is valid-looking, and whether it may name a stored object.</summary>
    private Gen<(string Segment, string? Value, bool Stored)> SegmentOf(ApiOperation op, ApiOperation.Parameter parameter)
    {
        if (parameter.Name == "id" && !parameter.IsInteger)
        {
            var stored = Gen.OneOf(_targets.Stored(op.Resource)).Select(id => (Id: id, Stored: true));
            var own = (_targets.Own(op.Resource) is { } ids ? Gen.OneOf(ids) : FreshId(op, parameter)).Select(id => (Id: id, Stored: false));
            var doomed = _targets.Doomed(op.Resource) is { } doomedIds ? Gen.OneOf(doomedIds).Select(id => (Id: id, Stored: false)) : own;
            var valid = op.Method switch
            {
                "GET" => Gen.Frequency(W(4, stored), W(1, own)),
                "DELETE" => Gen.Frequency(W(3, doomed), W(2, stored)),
                _ => Gen.Frequency(W(3, own), W(2, stored)),
            };
            // A segment made from a stored id may still name it (ta01 is TA01), so it keeps the guard.
            return Gen.Frequency(
                W(7, valid.Select(v => (Uri.EscapeDataString(v.Id), (string?)v.Id, v.Stored))),
                W(3, valid.SelectMany(v => OddSegment(v.Id).Select(segment => (segment, (string?)null, v.Stored)))));
        }

        var plain = parameter.Name switch
        {
            "id" => Gen.Frequency(W(3, Gen.OneOf(_targets.Stored(op.Resource))), W(1, Gen.Int[1, 3].Select(Text))),
            "version" => Gen.Int[1, 4].Select(Text),
            "type" => Gen.OneOf([ExampleOf(parameter) ?? "techniques", .. _targets.Resources]),
            "file" => Gen.Frequency(
                W(1, Gen.Const(ExampleOf(parameter) ?? "T0002.md")),
                W(3, Gen.OneOf(_targets.AllStored).Select(id => id + ".md")),
                W(1, Gen.OneOf(_targets.Resources.ToArray()).Select(resource => resource.Replace('-', '_') + "_index.md"))),
            _ => Gen.Const(ExampleOf(parameter) ?? "x"),
        };
        return Gen.Frequency(
            W(7, plain.Select(v => (Uri.EscapeDataString(v), (string?)v, false))),
            W(3, plain.SelectMany(OddSegment).Select(segment => (segment, (string?)null, false))));
    }

    /// <summary>A path segment made from a valid one, sent as it is: too long, of another type, traversal, percent-encoded junk.</summary>
    private Gen<string> OddSegment(string valid) =>
        Gen.Frequency(
            W(3, Gen.OneOf(PercentJunk)),
            W(3, Gen.OneOf(OddTexts).Select(Uri.EscapeDataString)),
            W(3, Gen.OneOf(_targets.AllStored).Select(Uri.EscapeDataString)),
            W(1, Gen.OneOf(Numbers)),
            W(2, Gen.OneOf(
                valid.ToLowerInvariant(), valid.ToUpperInvariant(), "%20" + valid, valid + "%20", valid + ".md", valid + ".json", valid + ";x=1", valid + "%00",
                valid + "%2Fhistory", valid + "%E2%80%AE", valid + valid, "%" + valid).Select(Uri.EscapeDataString)),
            W(1, Gen.Int[1_000, 12_000].Select(length => Uri.EscapeDataString(valid) + new string('9', length))),
            W(1, Gen.Const(() => new string('A', 12_000))))
        .Where(StaysInItsSegment);

    /// <summary>
    /// Whether the segment stays one segment of the same path: an empty one or a dot segment (.., or
    /// %2E%2E, which <see cref="Uri"/> decodes) names another resource, as every client sends it. A
    /// NUL (%00) in a path cannot reach the test server, which refuses it before the API sees it.
    /// </summary>
    private static bool StaysInItsSegment(string segment)
    {
        var dots = segment.Replace("%2E", ".", StringComparison.OrdinalIgnoreCase);
        return dots is not ("" or "." or "..") && !segment.Contains("%00", StringComparison.Ordinal);
    }

    private Gen<string> QueryOf(ApiOperation op)
    {
        var parameters = op.Parameters.Where(p => p.In == "query").ToList();
        var named = All(parameters.Select(p => Gen.Frequency(W(1, Gen.Const("")), W(1, QueryPair(op, p)))));
        var repeated = parameters.Count == 0
            ? Gen.Const("")
            : from p in Gen.OneOf(parameters.ToArray())
              from first in QueryPair(op, p)
              from second in QueryPair(op, p)
              select first + "&" + second;
        var unknown =
            from name in Gen.OneOf("foo", "page%00", "%", "pageSize%20", "$filter", "sort[$ne]", "__proto__", new string('x', 1_000), "PAGESIZE", "include[]", "q")
            from value in OddQueryValue
            select name + "=" + value;
        var whole = Gen.OneOf("&&&", "=", "==", ";", "page=1;pageSize=2", "%zz", string.Concat(Enumerable.Repeat("a=1&", 3_000)), "&=&=", "?");
        return from pairs in named
               from extra in Gen.Frequency(W(16, Gen.Const("")), W(2, repeated), W(2, unknown), W(1, whole))
               let query = string.Join('&', pairs.Append(extra).Where(pair => pair.Length > 0))
               select query.Length == 0 ? "" : "?" + query;
    }

    private Gen<string> QueryPair(ApiOperation op, ApiOperation.Parameter parameter) =>
        Gen.Frequency(
            W(6, QueryValue(op, parameter).Select(value => parameter.Name + "=" + Uri.EscapeDataString(value))),
            W(3, OddQueryValueOf(op, parameter).Select(value => parameter.Name + "=" + value)),
            W(1, Gen.OneOf(parameter.Name, parameter.Name + "=", parameter.Name + "[]=1", parameter.Name.ToUpperInvariant() + "=1000", parameter.Name + "[$gt]=")));

    /// <summary>A value the parameter could be meant to take.</summary>
    private Gen<string> QueryValue(ApiOperation op, ApiOperation.Parameter parameter)
    {
        var fields = op.Fields.Count > 0 ? op.Fields.ToArray() : ["id"];
        return parameter switch
        {
            { IsBoolean: true } => Gen.OneOf("true", "false"),
            { IsInteger: true } when parameter.Name.Contains("Size", StringComparison.Ordinal) => Gen.Int[1, 200].Select(Text),
            { IsInteger: true } => Gen.Int[1, 3].Select(Text),
            { Name: "after" } when _targets.Cursors.Count > 0 && op.Resource == "changes" => Gen.OneOf(_targets.Cursors.ToArray()),
            { Name: "after" } => Gen.OneOf(_targets.Stored(op.Resource)),
            { Name: "types" } => Gen.OneOf(_targets.Resources.ToArray()).Array[1, 3].Select(types => string.Join(',', types)),
            { Name: "q" } => Gen.OneOf(Words),
            { Name: "url" } => Gen.OneOf("https://www.glamour.com/story/the-deepfake-porn-crisis-is-here", "https://example.com/"),
            _ when _targets.ResourceNamedBy(parameter.Name) is { } resource => Gen.OneOf(_targets.Stored(resource)),
            _ when ExampleOf(parameter) is { } example => Gen.Const(example),
            _ => Gen.Frequency(W(4, Gen.OneOf(fields)), W(1, Gen.Const("all")), W(2, Gen.OneOf(fields).Array[2, 3].Select(words => string.Join(',', words)))),
        };
    }

    private Gen<string> OddQueryValueOf(ApiOperation op, ApiOperation.Parameter parameter) =>
        parameter switch
        {
            { IsInteger: true } => Gen.Frequency(W(3, Gen.OneOf(Numbers)), W(1, OddQueryValue)),
            { IsBoolean: true } => Gen.Frequency(W(3, Gen.OneOf(Booleans)), W(1, OddQueryValue)),
            { Name: "after" } => Gen.Frequency(
                W(2, OddQueryValue),
                W(2, Gen.Char["ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_="].Array[1, 20].Select(chars => new string(chars))),
                W(2, QueryValue(op, parameter).Select(valid => Uri.EscapeDataString(valid.Length > 1 ? valid[..^1] + "~" : valid + "x")))),
            _ => OddQueryValue,
        };

    private Gen<string> OddQueryValue =>
        Gen.Frequency(
            W(4, Gen.OneOf(OddTexts).Select(Uri.EscapeDataString)),
            W(3, Gen.OneOf(PercentJunk)),
            W(2, Gen.OneOf(_targets.AllStored).Select(Uri.EscapeDataString)),
            W(1, Gen.OneOf(Numbers)),
            W(1, Gen.OneOf(2_000, 15_000).Select(length => new string('q', length))),
            W(1, Gen.OneOf("a&b=c", "%26x%3D1", "1;drop", "a,,b", ",", "all,all", "-name", "name desc", "id,rank,name")));

    private Gen<(string, string)[]> HeadersOf(ApiOperation op, bool guarded)
    {
        var none = Gen.Const(Array.Empty<(string, string)>());
        Gen<(string, string)[]> One(string name, Gen<string> value) => value.Select(v => new[] { (name, v) });

        var key = One("X-Api-Key", op.NeedsKey
            ? Gen.Frequency(W(4, Gen.Const(_editorKey)), W(4, Gen.Const(_adminKey)), W(1, Gen.Const("not-a-configured-key-0123")), W(1, Gen.OneOf(OddKeys)))
            : Gen.Frequency(W(1, Gen.OneOf(_editorKey, _adminKey)), W(1, Gen.OneOf([.. OddKeys, "not-a-configured-key-0123"]))));
        var keys = op.NeedsKey ? Gen.Frequency(W(2, none), W(10, key)) : Gen.Frequency(W(8, none), W(2, key));

        var accept = Gen.Frequency(
            W(12, none),
            W(3, One("Accept", Gen.Const("application/json"))),
            W(2, One("Accept", Gen.Const("text/markdown"))),
            W(1, One("Accept", Gen.OneOf("*/*", "application/xml"))),
            W(1, One("Accept", Gen.OneOf(OddAccepts))));

        var ifMatch = Gen.Frequency(
            W(12, none),
            W(2, One("If-Match", Gen.Const("*"))),
            W(4, One("If-Match", Gen.Int[1, 5].Select(version => $"\"v{version}\""))),
            W(2, One("If-Match", Gen.OneOf(OddETags))));
        var conditional = op.Method switch
        {
            _ when guarded => One("If-Match", Gen.OneOf(StaleETags)),
            "PUT" or "DELETE" => ifMatch,
            "POST" when op.Path.EndsWith("/restore", StringComparison.Ordinal) => ifMatch,
            "POST" => Gen.Frequency(W(15, none), W(4, One("If-None-Match", Gen.Const("*"))), W(1, One("If-None-Match", Gen.OneOf(OddETags)))),
            _ => Gen.Frequency(W(15, none), W(2, One("If-None-Match", Gen.Const("*"))), W(2, One("If-None-Match", Gen.OneOf(OddETags))), W(1, One("If-Match", Gen.OneOf(OddETags)))),
        };

        var stray = Gen.Frequency(W(19, none), W(1, Gen.OneOf(StrayHeaders).Select(header => new[] { header })));
        return from k in keys
               from a in accept
               from c in conditional
               from s in stray
               select ((string, string)[])[.. k, .. a, .. c, .. s];
    }

    private Gen<Func<string?, Body>> BodyOf(ApiOperation op) =>
        op.Body switch
        {
            null => Gen.Const<Func<string?, Body>>(_ => Body.None),
            { IsMultipart: true } => MultipartBody.Select<Body, Func<string?, Body>>(body => _ => body),
            _ => from json in JsonBody(op)
                 from type in ContentType(op.Body.MediaTypes)
                 from chunked in Gen.Frequency(W(9, Gen.Const(false)), W(1, Gen.Const(true)))
                 select (Func<string?, Body>)(pathId => new Body(type.Header is null ? [] : [("Content-Type", type.Header)], type.Encode(json(pathId)), chunked)),
        };

    private Gen<Func<string?, byte[]>> JsonBody(ApiOperation op)
    {
        var edit = FieldEdit(op);
        var edits = Gen.Frequency(W(1, Gen.Const(0)), W(6, Gen.Const(1)), W(3, Gen.Int[2, 3])).SelectMany(count => edit.Array[count, count]);
        return from members in ValidMembers(op, fresh: op.Method == "POST")
               from changes in edits
               from shape in BodyShape
               let changed = changes.Aggregate(members, (body, apply) => apply(body))
               select (Func<string?, byte[]>)(pathId => shape(Compose(changed, pathId)));
    }

    /// <summary>A valid-looking object of the request's schema: examples, ids the database holds, and for a create a new id.</summary>
    private Gen<List<Member>> ValidMembers(ApiOperation op, bool fresh)
    {
        var properties = op.Body!.Schema["properties"]?.AsObject().Select(p => (p.Key, Schema: p.Value!.AsObject())).ToList() ?? [];
        var identified = properties.Any(p => p.Key == "id");
        return All(properties.Select(p => ValidValue(op, p.Key, p.Schema, fresh, identified).Select(value => value is null ? (Member?)null : new Member(String(p.Key), value))))
            .Select(members => members.OfType<Member>().ToList());
    }

    /// <summary>A value the field could be meant to take; null leaves the field out.</summary>
    private Gen<byte[]?> ValidValue(ApiOperation op, string name, JsonObject schema, bool fresh, bool identified)
    {
        var example = schema["examples"]?.AsArray().FirstOrDefault();
        var asExample = Gen.Const(Of(example));
        var type = schema["type"]?.ToJsonString() ?? "";
        Gen<byte[]?> Value(Gen<byte[]> gen) => gen.Select(bytes => (byte[]?)bytes);
        var omitted = Gen.Const((byte[]?)null);

        if (name == "id" && fresh)
        {
            var template = _targets.FirstStored(op.Resource) is { } first ? FreshIdLike(first) : FreshIdLike((string?)example ?? "X001");
            return Value(Gen.Frequency(
                W(4, FreshIdLike((string?)example ?? "X001").Select(String)),
                W(4, template.Select(String)),
                W(1, asExample),
                W(1, Gen.OneOf(_targets.AllStored).Select(String))));
        }

        if (name == "id")
        {
            return Gen.Frequency(W(5, omitted), W(4, Value(Gen.Const(PathId))), W(1, Value(Gen.OneOf(_targets.AllStored).Select(String))));
        }

        if (name == "url" && !identified)
        {
            // A reference is identified by its URL: a create names a new one.
            return Value(Gen.Frequency(
                W(fresh ? 8 : 2, Gen.String.AlphaNumeric.Select(path => String($"https://fuzz.example/{path}"))),
                W(2, asExample)));
        }

        var shaped = _targets.SameShape(example is JsonArray items ? items.FirstOrDefault()?.ToString() : example?.ToString());
        var byType = type switch
        {
            _ when type.Contains("array", StringComparison.Ordinal) => (shaped ?? (_targets.ResourceNamedBy(name) is { } resource ? _targets.Stored(resource) : null)) is { } ids
                ? Gen.OneOf(ids).Array[0, 3].Select(chosen => Of(new JsonArray([.. chosen.Select(id => JsonValue.Create(id))])))
                : Gen.Int[0, 2].Select(count => Of(new JsonArray([.. Enumerable.Range(0, count).Select(i => JsonValue.Create($"https://fuzz.example/{i}"))]))),
            _ when type.Contains("integer", StringComparison.Ordinal) => Gen.Int[1, 20].Select(i => Ascii(Text(i))),
            _ when (string?)schema["format"] == "date" => Gen.Date.Select(date => String(DateOnly.FromDateTime(date).ToString("O"))),
            _ when shaped is not null => Gen.OneOf(shaped).Select(String),
            _ when _targets.ResourceNamedBy(name) is { } resource => Gen.OneOf(_targets.Stored(resource)).Select(String),
            _ => Gen.String.AlphaNumeric.Select(text => String($"fuzz {text}")),
        };
        var likely = example is null ? byType : Gen.Frequency(W(4, asExample), W(1, byType));
        return Gen.Frequency(W(9, Value(likely)), W(1, omitted));
    }

    /// <summary>One change to a body: a field set to what it does not take, removed, repeated or renamed, or a field the request does not have.</summary>
    private Gen<Func<List<Member>, List<Member>>> FieldEdit(ApiOperation op)
    {
        var properties = op.Body!.Schema["properties"]?.AsObject().Select(p => (p.Key, Schema: p.Value!.AsObject())).ToArray() ?? [];
        if (properties.Length == 0)
        {
            properties = [("id", new JsonObject())];
        }

        var field = Gen.OneOf(properties);
        var unknownKey = Gen.OneOf(
            String("extra"), String("__proto__"), String("$type"), String("$id"), String("$ref"), String(""), String("constructor"), Escaped("na\0me"),
            Escaped("id\u200B"), String(new string('k', 10_000)), Quoted(0xED, 0xA0, 0x80), Ascii("'single'"), Ascii("unquoted"), Ascii("1"));
        return Gen.Frequency(
            W(14, from f in field from value in OddValue(f.Key, f.Schema) select Set(String(f.Key), value)),
            W(2, field.Select(f => Remove(String(f.Key)))),
            W(2, from key in unknownKey from value in Gen.Frequency(W(1, Gen.Const(() => String("x"))), W(1, Wrong)) select Set(key, value)),
            W(1, from f in field from value in Wrong select Append(String(f.Key), value)),
            W(1, from f in field
                 from key in Gen.OneOf(Ascii($"'{f.Key}'"), Ascii(f.Key), String(f.Key.ToUpperInvariant()), String(" " + f.Key), Escaped(f.Key + "\0"), Escaped(f.Key))
                 select Rename(String(f.Key), key)));
    }

    /// <summary>What the field does not take, or takes only at its limits.</summary>
    private Gen<byte[]> OddValue(string name, JsonObject schema)
    {
        var type = schema["type"]?.ToJsonString() ?? "";
        var example = (schema["examples"]?.AsArray().FirstOrDefault() as JsonValue)?.ToString() ?? "T0002";
        var typed = type switch
        {
            _ when type.Contains("array", StringComparison.Ordinal) => Gen.Frequency(
                W(3, from id in Gen.OneOf(_targets.AllStored) from odd in Wrong select (byte[])[(byte)'[', .. String(id), (byte)',', .. odd, (byte)']']),
                W(1, Gen.OneOf(_targets.AllStored).Select(id => Ascii($"[\"{id}\",\"{id}\"]"))),
                W(1, Gen.Const(() => String(example)))),
            _ when type.Contains("integer", StringComparison.Ordinal) => Gen.OneOf(
                "0", "-1", "1001", "2099", "2101", "1899", "2147483647", "2147483648", "\"1\"", "\"x\"", "1.0", "1.5", "1e2", "\"\"", "\" 1 \"", "\"١\"", "\"0x10\"").Select(Ascii),
            _ when (string?)schema["format"] == "date" => Gen.OneOf(
                "2020-02-30", "0000-01-01", "0001-01-01", "9999-12-31", "2020-1-1", "yesterday", "2020-01-01T00:00:00Z", "-2020-01-01", "20200101", "").Select(String),
            _ when name.Contains("url", StringComparison.OrdinalIgnoreCase) => Gen.OneOf(
                "javascript:alert(1)", "ftp://x", "http://", "https://exa mple.com", "http://[::1", "//example.com", "https://" + new string('a', 3_000) + ".com",
                "https://example.com/\u202E", "file:///etc/passwd", "HTTPS://EXAMPLE.COM").Select(String),
            _ => Gen.OneOf(
                example.ToLowerInvariant(), example.ToUpperInvariant(), $"  {example}  ", example + "\u202E", example + "\0", string.Concat(Enumerable.Repeat(example, 600 / Math.Max(1, example.Length) + 1)),
                example + ".1", example.Replace('0', 'O')).Select(String),
        };
        return Gen.Frequency(W(6, Wrong), W(4, typed), W(1, Gen.OneOf(_targets.AllStored).Select(String)));
    }

    /// <summary>The whole body made into something else: not JSON, not an object, cut short, too large, wrapped.</summary>
    private static Gen<Func<byte[], byte[]>> BodyShape =>
        Gen.Frequency<Func<byte[], byte[]>>(
            W(80, Gen.Const<Func<byte[], byte[]>>(body => body)),
            W(2, Gen.Const<Func<byte[], byte[]>>(_ => [])),
            W(2, Gen.OneOf("null", "[]", "\"text\"", "42", "true", "{}", " ", "\n").Select<string, Func<byte[], byte[]>>(text => _ => Ascii(text))),
            W(2, Gen.Const<Func<byte[], byte[]>>(body => [(byte)'[', .. body, (byte)',', .. body, (byte)']'])),
            W(2, Gen.Double[0, 1].Select<double, Func<byte[], byte[]>>(cut => body => body[..(int)(body.Length * cut)])),
            W(2, Gen.OneOf("}", " x", "\0", ",", "{}").Select<string, Func<byte[], byte[]>>(tail => body => [.. body, .. Ascii(tail)])),
            W(1, Gen.Const<Func<byte[], byte[]>>(body => [0xEF, 0xBB, 0xBF, .. body])),
            W(1, Gen.Const<Func<byte[], byte[]>>(body => [0xFF, 0xFE, .. body])),
            W(1, Gen.Const<Func<byte[], byte[]>>(body => [.. Ascii("/* comment */"), .. body])),
            W(1, Gen.Const<Func<byte[], byte[]>>(body => body.Length > 1 ? [.. body[..^1], .. Ascii(",}")] : body)),
            W(1, DeepNesting.Select<byte[], Func<byte[], byte[]>>(nested => _ => nested)),
            W(1, Gen.Byte.Array[1, 300].Select<byte[], Func<byte[], byte[]>>(bytes => _ => bytes)),
            W(1, Gen.Const<Func<byte[], byte[]>>(body => [.. body, .. Padding])));

    /// <summary>The Content-Type of a JSON body, and how the body's UTF-8 is encoded for it.</summary>
    private static Gen<(string? Header, Func<byte[], byte[]> Encode)> ContentType(IReadOnlyList<string> documented)
    {
        Func<byte[], byte[]> asIs = bytes => bytes;
        Func<byte[], byte[]> To(Encoding encoding) => bytes => encoding.GetBytes(Encoding.UTF8.GetString(bytes));
        var mediaType = Gen.OneOf(documented.ToArray()).SelectMany(type => type.Contains('*', StringComparison.Ordinal)
            ? Gen.OneOf(type.Replace("*", "vnd.fuzz", StringComparison.Ordinal), type.Replace("*", "problem", StringComparison.Ordinal), type.Replace("*", "merge-patch", StringComparison.Ordinal))
            : Gen.Const(type));
        var charset = Gen.Frequency(
            W(40, Gen.Const(("", asIs))),
            W(10, Gen.OneOf("; charset=utf-8", "; charset=UTF-8", ";charset=\"utf-8\"").Select(c => (c, asIs))),
            // A body declared UTF-16 (or UTF-32) is sometimes encoded so, and sometimes left as UTF-8 bytes that are not valid UTF-16.
            W(3, Gen.OneOf(("; charset=utf-16", To(Encoding.Unicode)), ("; charset=utf-16", asIs), ("; charset=utf-16le", To(Encoding.Unicode)), ("; charset=unicode", asIs))),
            W(2, Gen.OneOf(("; charset=utf-16be", To(Encoding.BigEndianUnicode)), ("; charset=utf-16be", asIs), ("; charset=utf-32", To(Encoding.UTF32)), ("; charset=utf-32", asIs))),
            W(3, Gen.OneOf("; charset=iso-8859-1", "; charset=latin1", "; charset=us-ascii", "; charset=bogus", "; charset=", "; charset=utf-7", "; charset=\"\"", ";;", "; boundary=x", "; charset=\"", "; x=", ";charset", "; charset=utf-8; charset=utf-16", "; charset=utf-8;").Select(c => (c, asIs))));
        var declared = from type in mediaType from parameter in charset select ((string?)(type + parameter.Item1), parameter.Item2);
        var wrong = Gen.OneOf(
            "text/plain", "application/xml", "application/x-www-form-urlencoded", "multipart/form-data", "multipart/form-data; boundary=x", "application/octet-stream",
            "*/*", "application/json+fuzz", "garbage", ";;;", "application/", "APPLICATION/JSON", "application/json ; charset = utf-8", "text/markdown", "")
            .Select(type => ((string?)type, asIs));
        return Gen.Frequency(W(16, declared), W(1, Gen.Const(((string?)null, asIs))), W(3, wrong));
    }

    /// <summary>The two workbooks of an import as multipart/form-data: mostly parts that are not workbooks, some missing, renamed or malformed.</summary>
    private static Gen<Body> MultipartBody
    {
        get
        {
            var content = Gen.Frequency(
                W(3, Gen.Byte.Array[1, 2_000]),
                W(2, Gen.Byte.Array[0, 500].Select(bytes => (byte[])[.. "PK\u0003\u0004"u8, .. bytes])),
                W(1, Gen.Const(Array.Empty<byte>())),
                W(1, Gen.Const(() => Ascii("not a workbook"))));
            var fileName = Gen.Frequency(
                W(8, Gen.Const("workbook.xlsx")),
                W(1, Gen.OneOf("", "../../../etc/passwd", "\u202Exslx.exe", "a\0b.xlsx", "C:\\temp\\x.xlsx", "\"quoted\".xlsx")),
                W(1, Gen.Const(() => new string('f', 5_000) + ".xlsx")));
            Gen<byte[]> Part(string name) =>
                from n in Gen.Frequency(W(12, Gen.Const(name)), W(1, Gen.OneOf(name.ToUpperInvariant(), name + "[]", name + "[", "[[[[", "", name + "\0", "other")))
                from file in fileName
                from form in Gen.Frequency(W(8, Gen.Const(true)), W(1, Gen.Const(false)))
                from bytes in content
                select (byte[])[.. Encoding.UTF8.GetBytes($"--{Boundary}\r\nContent-Disposition: form-data; name=\"{n}\"{(form ? $"; filename=\"{file}\"" : "")}\r\nContent-Type: {Workbook}\r\n\r\n"), .. bytes, .. "\r\n"u8];
            var parts = Gen.Frequency(
                W(6, from a in Part("frameworks") from b in Part("data") select (byte[])[.. a, .. b]),
                W(1, Part("frameworks")),
                W(1, Part("data")),
                W(1, from a in Part("frameworks") from b in Part("data") from c in Part("data") select (byte[])[.. a, .. b, .. c]));
            var end = Gen.Frequency(
                W(8, Gen.Const(Encoding.ASCII.GetBytes($"--{Boundary}--\r\n"))),
                W(1, Gen.OneOf(Array.Empty<byte>(), "--"u8.ToArray(), Encoding.ASCII.GetBytes($"--{Boundary}"), "\0\0"u8.ToArray())));
            var type = Gen.Frequency(
                W(12, Gen.Const($"multipart/form-data; boundary={Boundary}")),
                W(1, Gen.OneOf(
                    "multipart/form-data", $"multipart/form-data; boundary=\"{Boundary}\"", "multipart/form-data; boundary=other", $"multipart/mixed; boundary={Boundary}",
                    "application/json", "application/x-www-form-urlencoded", "text/plain", $"multipart/form-data; boundary={new string('b', 500)}", "")));
            return from p in parts
                   from e in end
                   from t in type
                   from cut in Gen.Frequency(W(12, Gen.Const(1.0)), W(1, Gen.Double[0, 1]))
                   from chunked in Gen.Frequency(W(9, Gen.Const(false)), W(1, Gen.Const(true)))
                   let whole = (byte[])[.. p, .. e]
                   select new Body([("Content-Type", t)], whole[..(int)(whole.Length * cut)], chunked);
        }
    }

    /// <summary>A new id of the parameter's shape, from its example: the last run of digits made new.</summary>
    private static Gen<string> FreshId(ApiOperation op, ApiOperation.Parameter parameter) =>
        FreshIdLike(ExampleOf(parameter) ?? op.Resource ?? "X001");

    /// <summary>
    /// An id shaped like <paramref name="example"/> that the imported data does not hold: its last run
    /// of digits replaced by others starting at 5 (DISARM numbers its objects from low up).
    /// </summary>
    private static Gen<string> FreshIdLike(string example)
    {
        var end = example.Length;
        while (end > 0 && !char.IsAsciiDigit(example[end - 1]))
        {
            end--;
        }

        var start = end;
        while (start > 0 && char.IsAsciiDigit(example[start - 1]))
        {
            start--;
        }

        var length = end - start;
        return length == 0
            ? Gen.String.AlphaNumeric.Select(suffix => example + suffix)
            : from first in Gen.Char["56789"]
              from rest in Gen.Char["0123456789"].Array[length - 1, length - 1]
              select example[..start] + first + new string(rest) + example[end..];
    }

    /// <summary>The example as a query sends it: a list's items separated by commas (the document's lists are not exploded).</summary>
    private static string? ExampleOf(ApiOperation.Parameter parameter) =>
        parameter.Example is JsonArray items ? string.Join(',', items) : parameter.Example?.ToString();

    private static string Text(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The members as a JSON object, <see cref="PathId"/> written as the path's id (null when the path has none that is valid).</summary>
    private static byte[] Compose(List<Member> members, string? pathId)
    {
        var body = new List<byte> { (byte)'{' };
        for (var i = 0; i < members.Count; i++)
        {
            if (i > 0)
            {
                body.Add((byte)',');
            }

            body.AddRange(members[i].Key);
            body.Add((byte)':');
            body.AddRange(ReferenceEquals(members[i].Value, PathId) ? pathId is null ? Ascii("null") : String(pathId) : members[i].Value);
        }

        body.Add((byte)'}');
        return [.. body];
    }

    private static Func<List<Member>, List<Member>> Set(byte[] key, byte[] value) =>
        members => members.Any(m => m.Key.SequenceEqual(key))
            ? [.. members.Select(m => m.Key.SequenceEqual(key) ? m with { Value = value } : m)]
            : [.. members, new Member(key, value)];

    private static Func<List<Member>, List<Member>> Remove(byte[] key) => members => [.. members.Where(m => !m.Key.SequenceEqual(key))];

    private static Func<List<Member>, List<Member>> Append(byte[] key, byte[] value) => members => [.. members, new Member(key, value)];

    private static Func<List<Member>, List<Member>> Rename(byte[] key, byte[] newKey) =>
        members => [.. members.Select(m => m.Key.SequenceEqual(key) ? m with { Key = newKey } : m)];

    /// <summary>Every generator's value, in order.</summary>
    private static Gen<T[]> All<T>(IEnumerable<Gen<T>> gens) =>
        gens.Aggregate(Gen.Const(Array.Empty<T>()), (all, gen) => from values in all from value in gen select (T[])[.. values, value]);

    /// <summary>One member of a JSON object body: its key and value as the bytes sent.</summary>
    private readonly record struct Member(byte[] Key, byte[] Value);

    /// <summary>A request body with the headers that describe it.</summary>
    private sealed record Body((string, string)[] Headers, byte[]? Bytes, bool Chunked)
    {
        public static readonly Body None = new([], null, false);
    }
}
