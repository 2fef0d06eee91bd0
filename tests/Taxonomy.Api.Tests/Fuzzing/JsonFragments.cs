using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;

namespace Taxonomy.Api.Tests.Fuzzing;

/// <summary>
/// JSON values as the bytes that go on the wire, well-formed or not: a body is put together from
/// them, so a value can be anything a client could send, not only what a serializer would write.
/// </summary>
internal static class JsonFragments
{
    public const int HugeLength = 100_000;

    private static readonly JsonSerializerOptions Unescaped = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Text meant to trip up whatever stores, compares, indexes or prints it.</summary>
    public static readonly string[] OddTexts =
    [
        "", " ", "\t\r\n", "\u202Eevil\u202C", "\u200F\u200E\u200B\u2060", "\uFEFFname", "e\u0301\u0301\u0301\u0301", "👩‍👩‍👧‍👦",
        "\uFFFF\uFFFE", "\U0010FFFF", "a\0b", "\0", "\u0085\u2028\u2029", "İıſK", "ＴＡ０１", "' OR '1'='1' --",
        "\"; DROP TABLE Techniques; --", "<script>alert(1)</script>", "../../../../etc/passwd", "%00%2e%2e%2f", "{{7*7}}${jndi:ldap://x}",
        "\\", "null", "NaN", "-0", "1e309", "99999999999999999999", "0x10", "٣", " 2 ", "T0166.003.1", "ta01", " TA01 ", "TA-01",
        "*", "name:", "\"unbalanced", "(((", "AND OR NOT", "🙂*",
    ];

    /// <summary>Well-formed JSON of any type but a string.</summary>
    public static readonly string[] OtherTypes =
    [
        "0", "-1", "1.5", "-0", "1e308", "2147483648", "-2147483649", "9223372036854775808", "true", "false", "{}", "{\"a\":1}",
        "[]", "[1,\"a\",null,{}]", "[null]", "[\"x\"]", "[[]]",
    ];

    /// <summary>Not JSON at all, or JSON that .NET must refuse: numbers out of range, bad escapes, bytes that are not UTF-8.</summary>
    public static readonly byte[][] Malformed =
    [
        Ascii("1e400"), Ascii("-1e400"), Ascii("99999999999999999999999999999999"), Ascii("NaN"), Ascii("Infinity"), Ascii("'single'"),
        Ascii("undefined"), Ascii("0x10"), Ascii("01"), Ascii("+1"), Ascii(".5"), Ascii("\"\\x\""), Ascii("\"\\u12\""), Ascii("\"abc"),
        Ascii("\"\\ud800\""), Ascii("\"\\udfff\""), Ascii("\"\\udc00\\ud800\""), Ascii("\"a\\ud800b\""), Ascii("\"\\u0000\""),
        Ascii("tru"), Ascii("nul"), Ascii("[1,]"), Ascii("{\"a\":}"), Ascii("{,}"), Ascii("/* comment */ 1"),
        Quoted(0xED, 0xA0, 0x80), Quoted(0xED, 0xB0, 0x80), Quoted((byte)'a', 0xED, 0xA0, 0xBD, 0xED, 0xB8, 0x80, (byte)'b'),
        Quoted(0xC0, 0x80), Quoted(0xC0, 0xAF), Quoted(0xE0, 0x80, 0xAF), Quoted(0xFF, 0xFE), Quoted(0xE2, 0x82), Quoted(0x80),
        Quoted(0xF4, 0x90, 0x80, 0x80), Quoted(0xF8, 0x88, 0x80, 0x80, 0x80), Quoted((byte)'a', 0x00, (byte)'b'), Quoted(0x01, 0x1F, 0x7F),
    ];

    /// <summary>Long strings, made once: a body is composed by copying them, never changing them.</summary>
    private static readonly byte[][] HugeTexts =
    [
        String(new string('a', HugeLength)), String(string.Concat(Enumerable.Repeat("字", HugeLength))), String(new string('\u202E', HugeLength)),
        String(new string('a', HugeLength + 1)), String(new string('x', 1024 * 1024)),
    ];

    public static readonly Gen<byte[]> OddText =
        Gen.Frequency(
            W(10, Gen.OneOf(OddTexts).Select(String)),
            W(4, Gen.OneOf(OddTexts).Select(Escaped)),
            W(6, Gen.OneOf(HugeTexts)),
            W(2, Gen.Char.Array[1, 40].Select(chars => Escaped(new string(chars)))));

    /// <summary>Arrays and objects nested deeper than the JSON reader allows (64), or just under it.</summary>
    public static readonly Gen<byte[]> DeepNesting =
        Gen.OneOf(63, 64, 65, 1_000, 100_000).SelectMany(depth => Gen.OneOf(
            Ascii(new string('[', depth) + new string(']', depth)),
            Ascii(string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth)),
            Ascii(new string('[', depth))));

    /// <summary>Anything but what the field takes.</summary>
    public static readonly Gen<byte[]> Wrong =
        Gen.Frequency(
            W(3, Gen.Const(() => Ascii("null"))),
            W(5, Gen.OneOf(OtherTypes).Select(Ascii)),
            W(6, OddText),
            W(5, Gen.OneOf(Malformed)),
            W(1, DeepNesting),
            W(1, Gen.Int[1_001, 20_000].Select(count => Ascii("[" + string.Join(',', Enumerable.Repeat("\"T0002\"", count)) + "]"))),
            W(1, Gen.Byte.Array[1, 30].Select(bytes => Quoted(bytes))));

    public static byte[] Of(JsonNode? node) => node is null ? Ascii("null") : JsonSerializer.SerializeToUtf8Bytes(node, Unescaped);

    /// <summary>A JSON string with its text as UTF-8, escaping only what JSON requires.</summary>
    public static byte[] String(string text) => JsonSerializer.SerializeToUtf8Bytes(text, Unescaped);

    /// <summary>A JSON string with every character outside printable ASCII written as \uXXXX.</summary>
    public static byte[] Escaped(string text)
    {
        var escaped = new StringBuilder("\"");
        foreach (var c in text)
        {
            escaped.Append(c is >= ' ' and < '\x7f' and not '"' and not '\\' ? c.ToString() : $"\\u{(int)c:x4}");
        }

        return Ascii(escaped.Append('"').ToString());
    }

    public static byte[] Ascii(string text) => Encoding.ASCII.GetBytes(text);

    /// <summary>Raw bytes between quotes: a JSON string whose content need not be UTF-8.</summary>
    public static byte[] Quoted(params byte[] content) => [(byte)'"', .. content, (byte)'"'];

    public static (int, IGen<T>) W<T>(int weight, Gen<T> gen) => (weight, gen);
}
