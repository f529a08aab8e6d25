using System.Text;
using System.Text.RegularExpressions;
using Repertoire.Core.Alignment.Normalisation;
using Repertoire.Core.Analysis;
using Repertoire.Core.Analysis.Common;
using Repertoire.Core.Content;

namespace Repertoire.Core.Index;

/// <summary>
/// Turns the text a user typed into a <see cref="QueryPlan"/>: quoted phrases, place words (a location
/// preference), and words analysed with both the French and the Dutch chain, corrected when they are not in
/// the index's vocabulary, the last one also matched as a prefix while it is being typed; a rare word that
/// names a need on its own (an acronym) also looks for the need's other names; a phone or company number, in
/// any usual spelling, looks for the listings' numbers. Only analysed terms ever reach Lucene, as
/// <see cref="Alternative"/>s turned into term, phrase and prefix queries: user text is never query syntax.
/// </summary>
internal sealed partial class QueryParser
{
    /// <summary>The most units a query is matched on (each costs one pass over the postings of its terms).</summary>
    public const int MaxUnits = 16;

    private const int MinPrefixLength = 2;
    private const int MaxFuzzyLength = 40;
    private const int MaxCompletions = 12;
    private const int MaxExpansions = 6;

    private readonly AnalyzerSet _analyzers;
    private readonly Vocabulary _vocabulary;
    private readonly PlaceMatcher _places;
    private readonly TaxonomyExpander _taxonomy;
    private readonly int _listings;

    public QueryParser(AnalyzerSet analyzers, Vocabulary vocabulary, PlaceMatcher places, TaxonomyExpander taxonomy, int listings)
    {
        _analyzers = analyzers;
        _vocabulary = vocabulary;
        _places = places;
        _taxonomy = taxonomy;
        _listings = listings;
    }

    public QueryPlan Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return QueryPlan.Empty;
        if (text.Length > Index.SearchQuery.MaxTextLength) text = text[..Index.SearchQuery.MaxTextLength];
        var units = new List<QueryUnit>();
        var places = new List<PlaceRef>();
        var languages = new List<string>();
        var corrections = new List<(int Start, int End, string With)>();
        // The word under the cursor: the text does not end with a space, a quote or punctuation.
        var typing = char.IsLetterOrDigit(text[^1]) ? text.Length : -1;
        foreach (var (start, end, quoted) in Segments(text))
        {
            if (units.Count >= MaxUnits) break;
            var segment = text[start..end];
            if (quoted) AddPhrase(segment, start, units);
            else AddNumbersAndWords(segment, start, typing, units, places, languages, corrections);
        }
        if (units.Count > MaxUnits) units.RemoveRange(MaxUnits, units.Count - MaxUnits);
        // A word typed twice ("aide à domicile, aide et soins") is one word to match, looked up once.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        units.RemoveAll(u => !seen.Add(u.Key));
        // Only optional words typed ("het", "aux"): then they are what the user is looking for.
        if (units.Count > 0 && !units.Any(u => u.Required))
            foreach (var unit in units) unit.Required = true;
        return new QueryPlan(units, places.Distinct().ToList(), Corrected(text, corrections))
        {
            ServiceLanguages = languages.Distinct(StringComparer.Ordinal).ToList(),
        };
    }

    // Straight and typographic double quotes open and close phrases; an unclosed quote is just a character.
    private static List<(int Start, int End, bool Quoted)> Segments(string text)
    {
        var segments = new List<(int, int, bool)>();
        var from = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (!IsQuote(text[i])) continue;
            var close = text.AsSpan(i + 1).IndexOfAny("\"“”«»„");
            if (close < 0) break;
            if (i > from) segments.Add((from, i, false));
            segments.Add((i + 1, i + 1 + close, true));
            i += close + 1;
            from = i + 1;
        }
        if (from < text.Length) segments.Add((from, text.Length, false));
        return segments;
    }

    private static bool IsQuote(char c) => c is '"' or '“' or '”' or '«' or '»' or '„';

    private void AddPhrase(string segment, int offset, List<QueryUnit> units)
    {
        var unit = new QueryUnit { Start = offset, End = offset + segment.Length };
        for (var language = 0; language < 2; language++)
        {
            var tokens = Wholes(_analyzers.For((Records.Language)language).Analyze(segment));
            if (tokens.Count == 0) continue;
            unit.Alternatives[language].Add(tokens.Count == 1 ? Alternative.Term(tokens[0].Term)
                : new Alternative(AlternativeKind.Phrase, [.. tokens.Select(t => t.Term)]));
            unit.Terms[language].UnionWith(tokens.Select(t => t.Term));
        }
        if (!unit.IsEmpty) units.Add(unit);
    }

    // A run of digits and separators long enough to be a phone (8-9 digits) or company number (10).
    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:\+|00)?\d[\d ./()\-]{5,20}\d(?![\p{L}\p{N}])")]
    private static partial Regex NumberPattern();

    // Phone and company numbers become units of their own; the words around them are analysed as usual.
    private void AddNumbersAndWords(string segment, int offset, int typing, List<QueryUnit> units, List<PlaceRef> places,
        List<string> languages, List<(int, int, string)> corrections)
    {
        var from = 0;
        foreach (Match match in NumberPattern().Matches(segment))
        {
            // A company number has check digits, so a ten-digit run can be looked up as both kinds at once.
            var numbers = new[] { ListingFields.NationalForm(PhoneNormaliser.ToE164(match.Value)), KboNumber.Normalise(match.Value) }
                .OfType<string>().Distinct(StringComparer.Ordinal).ToList();
            if (numbers.Count == 0) continue;
            if (match.Index > from) AddWords(segment[from..match.Index], offset + from, typing, units, places, languages, corrections);
            var unit = new QueryUnit { Start = offset + match.Index, End = offset + match.Index + match.Length };
            unit.ContactNumbers.AddRange(numbers);
            units.Add(unit);
            from = match.Index + match.Length;
        }
        if (from < segment.Length) AddWords(segment[from..], offset + from, typing, units, places, languages, corrections);
    }

    private void AddWords(string segment, int offset, int typing, List<QueryUnit> units, List<PlaceRef> places,
        List<string> languages, List<(int, int, string)> corrections)
    {
        var raw = RawWords(segment);
        var words = raw.Select(r => r.Word).ToList();
        var consumed = new List<(int Start, int End)>();
        for (var i = 0; i < raw.Count;)
        {
            // A language of service ("néerlandophone", "in het Frans") is a preference, like a place: not text to match.
            var (spoken, language) = ServiceLanguageMatcher.Instance.Match(words, i);
            if (spoken > 0)
            {
                consumed.Add((raw[i].Start, raw[i + spoken - 1].End));
                languages.Add(language!);
                i += spoken;
                continue;
            }
            var (length, found, corrected) = _places.Match(words, i, _vocabulary.IsWord);
            if (length == 0) { i++; continue; }
            consumed.Add((raw[i].Start, raw[i + length - 1].End));
            places.AddRange(found);
            if (corrected is not null) corrections.Add((offset + raw[i].Start, offset + raw[i].End, corrected));
            i += length;
        }

        var tokens = new List<(int Language, AnalysedTerm Token)>();
        for (var language = 0; language < 2; language++)
        {
            foreach (var token in _analyzers.For((Records.Language)language).Analyze(segment))
            {
                if (!consumed.Any(c => token.StartOffset < c.End && token.EndOffset > c.Start)) tokens.Add((language, token));
            }
        }
        tokens.Sort((a, b) => a.Token.StartOffset != b.Token.StartOffset
            ? a.Token.StartOffset.CompareTo(b.Token.StartOffset) : b.Token.EndOffset.CompareTo(a.Token.EndOffset));
        for (var i = 0; i < tokens.Count && units.Count < MaxUnits;)
        {
            var end = tokens[i].Token.EndOffset;
            var j = i + 1;
            while (j < tokens.Count && tokens[j].Token.StartOffset < end) end = Math.Max(end, tokens[j++].Token.EndOffset);
            var group = tokens.GetRange(i, j - i);
            var unit = Word(segment, offset, tokens[i].Token.StartOffset, end, group, raw, typing, corrections);
            if (!unit.IsEmpty) units.Add(unit);
            i = j;
        }
    }

    private QueryUnit Word(string segment, int offset, int start, int end, List<(int Language, AnalysedTerm Token)> group,
        List<(string Word, int Start, int End)> raw, int typing, List<(int, int, string)> corrections)
    {
        var unit = new QueryUnit { Start = offset + start, End = offset + end };
        for (var language = 0; language < 2; language++)
        {
            var own = group.Where(g => g.Language == language).Select(g => g.Token).ToList();
            AddTerms(unit, language, own);
        }
        // A word one chain drops as a stop word ("aux", "het") is optional.
        unit.Required = unit.Alternatives[0].Count > 0 && unit.Alternatives[1].Count > 0;
        // A lone letter kept by one chain ("l" of "l'aide" in Dutch) says nothing.
        if (!unit.Required && unit.Terms.All(t => t.All(term => term.Length < 2))) return new QueryUnit { Start = start, End = end };

        var surfaces = raw.Where(r => r.Start < end && r.End > start).ToList();
        if (surfaces.Count != 1) return unit;
        var (surface, rawStart, rawEnd) = surfaces[0];
        var beingTyped = offset + rawEnd == typing;
        ExpandTaxonomyName(unit, surface);
        if (beingTyped && surface.Length >= MinPrefixLength && surface.All(char.IsLetterOrDigit))
        {
            unit.Prefix = surface;
            var prefix = new Alternative(AlternativeKind.Prefix, [surface]);
            unit.Alternatives[0].Add(prefix);
            unit.Alternatives[1].Add(prefix);
            // Stems can be shorter than what is typed ("vêtem" → "vêtements" → "vet"): the words that
            // complete the prefix bring their own terms.
            if (surface.Length >= 3)
            {
                foreach (var word in _vocabulary.WordsStartingWith(surface, MaxCompletions))
                    AddWholeTerms(unit, word);
            }
        }
        if (surface.Length < 4 || surface.Length > MaxFuzzyLength || !surface.All(char.IsLetter)) return unit;
        var known = _vocabulary.IsWord(surface)
            || unit.Terms[0].Any(t => _vocabulary.HasTerm(0, t)) || unit.Terms[1].Any(t => _vocabulary.HasTerm(1, t))
            || (beingTyped && _vocabulary.HasPrefix(surface));
        if (known) return unit;
        var candidates = _vocabulary.Corrections(surface);
        if (candidates.Count == 0) return unit;
        foreach (var candidate in candidates) AddWholeTerms(unit, candidate);
        unit.Correction = candidates[0];
        corrections.Add((offset + rawStart, offset + rawEnd, candidates[0]));
        return unit;
    }

    // A rare word that is a whole label or synonym ("RIS", "GGZ") also looks for the need's other names in
    // both languages, so listings describing the need in other words are found. Common words ("accueil")
    // are left alone: they already match widely and their needs through the listings' taxonomy fields.
    private void ExpandTaxonomyName(QueryUnit unit, string surface)
    {
        var terms = _taxonomy.TermsNamedBy(surface);
        if (terms.Count != 1 || _vocabulary.Frequency(surface) > Math.Max(2, _listings / 10)) return;
        foreach (var term in terms)
        {
            for (var language = 0; language < 2; language++)
            {
                foreach (var name in TaxonomyExpander.Names(term, (Records.Language)language).Take(MaxExpansions))
                {
                    var tokens = Wholes(_analyzers.For((Records.Language)language).Analyze(name));
                    if (tokens.Count == 0) continue;
                    var phrase = tokens.Count == 1 ? Alternative.Term(tokens[0].Term)
                        : new Alternative(AlternativeKind.Phrase, [.. tokens.Select(t => t.Term)]);
                    if (!unit.Expansions[language].Contains(phrase)) unit.Expansions[language].Add(phrase);
                }
            }
        }
    }

    // A dictionary word (a correction, a completion) adds its terms in both languages.
    private void AddWholeTerms(QueryUnit unit, string word)
    {
        for (var language = 0; language < 2; language++)
        {
            var terms = Wholes(_analyzers.For((Records.Language)language).Analyze(word));
            if (terms.Count == 0) continue;
            var alternative = terms.Count == 1 ? Alternative.Term(terms[0].Term)
                : new Alternative(AlternativeKind.AllOf, [.. terms.Select(t => t.Term)]);
            if (!unit.Alternatives[language].Contains(alternative)) unit.Alternatives[language].Add(alternative);
            unit.Terms[language].UnionWith(terms.Select(t => t.Term));
        }
    }

    // The whole word's terms, or else its parts together: "voedselhulp" OR ("voedsel" AND "hulp").
    private static void AddTerms(QueryUnit unit, int language, List<AnalysedTerm> tokens)
    {
        if (tokens.Count == 0) return;
        unit.Terms[language].UnionWith(tokens.Select(t => t.Term));
        var first = tokens.Min(t => t.StartOffset);
        var last = tokens.Max(t => t.EndOffset);
        var wholes = tokens.Where(t => t.StartOffset == first && t.EndOffset == last).Select(t => t.Term).Distinct().ToList();
        var parts = tokens.Where(t => t.StartOffset != first || t.EndOffset != last).Select(t => t.Term).Distinct().ToList();
        foreach (var whole in wholes) unit.Alternatives[language].Add(Alternative.Term(whole));
        if (parts.Count >= 2) unit.Alternatives[language].Add(new Alternative(AlternativeKind.AllOf, [.. parts]));
        else if (wholes.Count == 0 && parts.Count == 1) unit.Alternatives[language].Add(Alternative.Term(parts[0]));
    }

    // Tokens that are not parts of a longer token at the same place (compound parts, address parts).
    private static List<AnalysedTerm> Wholes(IReadOnlyList<AnalysedTerm> tokens)
    {
        var result = new List<AnalysedTerm>(tokens.Count);
        foreach (var token in tokens)
        {
            if (result.Count > 0 && result[^1].Position == token.Position && token.StartOffset >= result[^1].StartOffset
                && token.EndOffset <= result[^1].EndOffset) continue;
            result.Add(token);
        }
        return result;
    }

    private static List<(string Word, int Start, int End)> RawWords(string segment)
    {
        var words = new List<(string, int, int)>();
        foreach (var token in SurfaceWordAnalyzer.Instance.Analyze(segment))
        {
            if (words.Count > 0 && token.StartOffset < words[^1].Item3) continue;
            words.Add((token.Term, token.StartOffset, token.EndOffset));
        }
        return words;
    }

    private static string? Corrected(string text, List<(int Start, int End, string With)> corrections)
    {
        if (corrections.Count == 0) return null;
        var result = new StringBuilder();
        var at = 0;
        foreach (var (start, end, with) in corrections.OrderBy(c => c.Start))
        {
            if (start < at) continue;
            result.Append(text, at, start - at).Append(with);
            at = end;
        }
        return result.Append(text, at, text.Length - at).ToString().Trim();
    }
}
