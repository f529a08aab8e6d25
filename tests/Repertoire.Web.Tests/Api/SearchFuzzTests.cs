using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Repertoire.Tests;
using Xunit.Abstractions;

namespace Repertoire.Web.Tests.Api;

/// <summary>
/// Tens of thousands of random and hostile query strings through the HTTP API: every answer is 200 or 400,
/// and every snippet of a 200 is escaped text whose only markup is &lt;mark&gt;.
/// </summary>
public sealed partial class SearchFuzzTests(ITestOutputHelper output)
{
    private const int Requests = 30_000;

    private static readonly string[] Hostile =
    [
        "\"", "\"\"", "NEAR(", "NEAR(a b, 3)", "*", "**", ":", "-", "(", ")", "()", "AND", "OR", "NOT", "^", "{", "}",
        "+", "'", "’", "e-mail", "l'élève", "foo:bar", "name_fr:", "{name_fr alt_fr}:", "- descr_nl : x", "cafe AND",
        "NOT cafe", "(a OR b) c", "\"unterminated", "caf*", "\"caf\"*", "€", "#tag", "@user", "x/y", "12,5", "%", "\\",
        "😀", "👩‍⚕️", "🇧🇪", "\u200b", "\u00ad", "\t", "\r\n", "<script>alert(1)</script>", "&amp;", "<mark>", "'; DROP TABLE fts; --",
        "rank MATCH", "bm25(", "fts5", "ộ", "ĳ", "ﬁ", "ß", "Œ", "İ", "ς", "ǅ", "\u0301", "٣", "中文", "עברית", "العربية",
        "0212.345.678", "+32 2 435 51 38", "www.cpas.be", "a@b.be", "1030", "Saint-Josse-ten-Noode", "SINT-JOOST",
    ];

    private static readonly string[] Words =
    [
        "aide", "alimentaire", "cpas", "ocmw", "psychologue", "huisarts", "voedselhulp", "maison", "médicale",
        "santé", "mentale", "schaerbeek", "anderlecht", "thuiszorg", "logement", "dettes", "jeunes", "psy", "caw", "ssm",
        "hopital", "ziekenhuis", "urgence", "sans-abri", "daklozen", "kruidenier", "épicerie", "infirmier",
    ];

    private static readonly string[] Parameters = ["lang", "page", "per_page", "basin", "commune", "sector", "need", "language", "q"];

    [Fact]
    public async Task RandomAndHostileQueriesAnswerOkOrBadRequest()
    {
        await using var app = new RepertoireApplication(TestPaths.BundledContent);
        using var client = app.CreateBrowserlessClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/search?q=warmup")).StatusCode);

        var statuses = new int[600];
        var failures = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await Parallel.ForAsync(0, Requests, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, token) =>
        {
            var url = "/api/v1/search?" + QueryString(new Random(i));
            using var response = await client.GetAsync(url, token);
            Interlocked.Increment(ref statuses[(int)response.StatusCode]);
            var body = await response.Content.ReadAsStringAsync(token);
            if (response.StatusCode is not (HttpStatusCode.OK or HttpStatusCode.BadRequest))
                failures.Enqueue($"{(int)response.StatusCode} {url}");
            else if (response.StatusCode == HttpStatusCode.OK && BadSnippet(body) is { } snippet)
                failures.Enqueue($"unescaped snippet {snippet} for {url}");
        });
        output.WriteLine($"{Requests} requests in {clock.ElapsedMilliseconds} ms: {statuses[200]} × 200, {statuses[400]} × 400");
        Assert.True(failures.IsEmpty, string.Join("\n", failures.Take(20)));
        Assert.Equal(Requests, statuses[200] + statuses[400]);
        Assert.True(statuses[200] > Requests / 2, "most random queries are valid searches");
    }

    private static string? BadSnippet(string body)
    {
        using var document = JsonDocument.Parse(body);
        foreach (var result in document.RootElement.GetProperty("results").EnumerateArray())
        {
            var snippet = result.GetProperty("snippet").GetString() ?? "";
            if (Markup().Replace(snippet, "").IndexOfAny(['<', '>']) >= 0) return snippet;
        }
        return null;
    }

    private static string QueryString(Random random)
    {
        var parts = new List<string> { "q=" + Encode(Text(random), random) };
        var extra = random.Next(3) == 0 ? random.Next(1, 4) : 0;
        for (var i = 0; i < extra; i++)
        {
            var name = Parameters[random.Next(Parameters.Length)];
            var value = random.Next(3) switch
            {
                0 => random.Next(-5, 200).ToString(System.Globalization.CultureInfo.InvariantCulture),
                1 => Hostile[random.Next(Hostile.Length)],
                _ => new[] { "fr", "nl", "nord", "sud-est", "schaerbeek", "action-sociale", "aide-alimentaire", "ar" }[random.Next(8)],
            };
            parts.Add(name + "=" + Encode(value, random));
        }
        return string.Join('&', parts);
    }

    private static string Text(Random random)
    {
        var text = new StringBuilder();
        var pieces = random.Next(1, random.Next(20) == 0 ? 120 : 8);
        for (var i = 0; i < pieces && text.Length < 520; i++)
        {
            switch (random.Next(5))
            {
                case 0: text.Append(Hostile[random.Next(Hostile.Length)]); break;
                case 1: text.Append(Words[random.Next(Words.Length)]); break;
                case 2: text.Append(Mangle(Words[random.Next(Words.Length)], random)); break;
                case 3:
                    for (var k = random.Next(1, 12); k > 0; k--) text.Append((char)random.Next(0x20, 0x3000));
                    break;
                default: text.Append((char)random.Next(0x21, 0x7f)); break;
            }
            text.Append(random.Next(3) == 0 ? "" : " ");
        }
        // Lone surrogates cannot travel as UTF-8; keep the string encodable and let Encode add raw bytes.
        return new string(text.ToString().Where(c => !char.IsSurrogate(c)).ToArray());
    }

    private static string Mangle(string word, Random random)
    {
        var chars = word.ToCharArray().ToList();
        var at = random.Next(chars.Count);
        switch (random.Next(3))
        {
            case 0: chars.RemoveAt(at); break;
            case 1: chars.Insert(at, (char)('a' + random.Next(26))); break;
            default: chars[at] = (char)('a' + random.Next(26)); break;
        }
        return random.Next(4) == 0 ? new string([.. chars]).ToUpperInvariant() : new string([.. chars]);
    }

    // Mostly proper percent-encoding; sometimes invalid UTF-8 bytes or a raw '+', as a careless client sends.
    private static string Encode(string value, Random random) => random.Next(30) switch
    {
        0 => Uri.EscapeDataString(value) + "%FF%FE%C3",
        1 => Uri.EscapeDataString(value).Replace("%20", "+", StringComparison.Ordinal),
        2 => "%00" + Uri.EscapeDataString(value),
        _ => Uri.EscapeDataString(value),
    };

    [GeneratedRegex("</?mark>")]
    private static partial Regex Markup();
}
