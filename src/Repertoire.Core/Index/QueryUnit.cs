using Lucene.Net.Index;
using Lucene.Net.Search;
using Repertoire.Core.Records;

namespace Repertoire.Core.Index;

/// <summary>What a unit looks for in one text field: one term, a phrase, a prefix, or all of several terms.</summary>
internal enum AlternativeKind
{
    Term,
    Phrase,
    Prefix,
    AllOf,
}

/// <summary>One way a unit can match a field, built from analysed terms only (never from user text as syntax).</summary>
internal sealed record Alternative(AlternativeKind Kind, string[] Terms)
{
    public static Alternative Term(string term) => new(AlternativeKind.Term, [term]);

    public Query ToQuery(string field)
    {
        switch (Kind)
        {
            case AlternativeKind.Term:
                return new TermQuery(new Term(field, Terms[0]));
            case AlternativeKind.Prefix:
                return new PrefixQuery(new Term(field, Terms[0]));
            case AlternativeKind.Phrase:
                var phrase = new PhraseQuery();
                foreach (var term in Terms) phrase.Add(new Term(field, term));
                return phrase;
            default:
                var all = new BooleanQuery(disableCoord: true);
                foreach (var term in Terms) all.Add(new TermQuery(new Term(field, term)), Occur.MUST);
                return all;
        }
    }

    public bool Equals(Alternative? other) => other is not null && Kind == other.Kind && Terms.SequenceEqual(other.Terms);

    public override int GetHashCode() => HashCode.Combine(Kind, Terms.Length > 0 ? Terms[0] : "");
}

/// <summary>
/// One thing the user typed: a word (with its French and Dutch terms, corrections and, for the last word, its
/// prefix), a quoted phrase, or a phone or company number. A listing matches the unit when the French side
/// matches one of its French fields or the Dutch side one of its Dutch fields.
/// </summary>
internal sealed class QueryUnit
{
    /// <summary>Where the unit is in the original text.</summary>
    public required int Start { get; init; }

    public required int End { get; init; }

    /// <summary>Whether a listing must match it to count as matching the query (stop words in one language are optional).</summary>
    public bool Required { get; set; } = true;

    /// <summary>Per language (0 fr, 1 nl): the alternatives, any of which matches.</summary>
    public List<Alternative>[] Alternatives { get; } = [[], []];

    /// <summary>Per language: other names of a need the unit names (weaker evidence than the word itself).</summary>
    public List<Alternative>[] Expansions { get; } = [[], []];

    /// <summary>Per language: the exact terms to mark in snippets.</summary>
    public HashSet<string>[] Terms { get; } = [new(StringComparer.Ordinal), new(StringComparer.Ordinal)];

    /// <summary>Phone or company numbers (national digits) this unit looks for in the listings' contact numbers.</summary>
    public List<string> ContactNumbers { get; } = [];

    /// <summary>The folded prefix of the word being typed, or null.</summary>
    public string? Prefix { get; set; }

    /// <summary>The correction proposed for a misspelled word, or null.</summary>
    public string? Correction { get; set; }

    /// <summary>Whether neither language has anything to look for.</summary>
    public bool IsEmpty => Alternatives[0].Count == 0 && Alternatives[1].Count == 0 && ContactNumbers.Count == 0;

    /// <summary>Whether the unit has expansions to look up.</summary>
    public bool HasExpansions => Expansions[0].Count > 0 || Expansions[1].Count > 0;

    /// <summary>A key telling units that look for the same things apart from others.</summary>
    public string Key => Describe(Alternatives.Concat(Expansions)) + '\u0001' + string.Join(' ', ContactNumbers);

    /// <summary>A key telling the expansions of units apart: words naming the same need have the same expansions.</summary>
    public string ExpansionKey => Describe(Expansions);

    private static string Describe(IEnumerable<List<Alternative>> sides) =>
        string.Join('\u0001', sides.Select(a => string.Join('\u0002', a.Select(x => x.Kind + ":" + string.Join(' ', x.Terms)))));

    /// <summary>
    /// The Lucene query of the unit (or of its expansions) for a search in <paramref name="interfaceLanguage"/>:
    /// per field, the best of the alternatives (a disjunction-max), weighted by the field; summed over fields.
    /// </summary>
    public Query? ToQuery(Language interfaceLanguage, bool expansions)
    {
        var query = new BooleanQuery(disableCoord: true);
        var sides = expansions ? Expansions : Alternatives;
        foreach (var language in LanguageExtensions.All)
        {
            var alternatives = sides[(int)language];
            if (alternatives.Count == 0) continue;
            var factor = language == interfaceLanguage ? 1f : ListingFields.OtherLanguageFactor;
            foreach (var kind in ListingFields.TextKinds)
            {
                var field = ListingFields.Text(kind, language);
                Query clause;
                if (alternatives.Count == 1) clause = alternatives[0].ToQuery(field);
                else
                {
                    var best = new DisjunctionMaxQuery(0f);
                    foreach (var alternative in alternatives) best.Add(alternative.ToQuery(field));
                    clause = best;
                }
                clause.Boost = ListingFields.Weight(kind) * factor;
                query.Add(clause, Occur.SHOULD);
            }
        }
        if (!expansions)
        {
            foreach (var number in ContactNumbers)
            {
                var clause = new TermQuery(new Term(ListingFields.Contact, number)) { Boost = ListingFields.Weight("name") };
                query.Add(clause, Occur.SHOULD);
            }
        }
        return query.Clauses.Count == 0 ? null : query;
    }
}
