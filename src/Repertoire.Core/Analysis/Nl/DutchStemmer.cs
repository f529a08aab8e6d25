using Repertoire.Core.Analysis.Common;

namespace Repertoire.Core.Analysis.Nl;

/// <summary>
/// Martin Porter's Dutch stemming algorithm as Snowball ships it today under the name <c>dutch_porter</c>
/// (the Snowball "dutch" before 3.0.0, also Lucene's DutchStemmer and PostgreSQL's dutch dictionary):
/// accent removal, marking of i/y, regions R1 (at least 3) and R2, the -en/-e/-s/-heid/-end/-ing/-ig/
/// -lijk/-baar/-bar suffixes and undoubling of vowels. Written from Repertoire's description of the
/// algorithm (data/snowball/ALGORITHMS.md §3) and proven on the official Snowball vocabulary.
/// Not Kraaij-Pohlmann, which conflates words that matter here (gezondheid, gezin, gemeente).
/// </summary>
/// <remarks>Input must be one lower-cased word. Stateless and thread-safe.</remarks>
public sealed class DutchStemmer
{
    private const int Heden = 1, En = 2, S = 3;
    private const int EndIng = 1, Ig = 2, Lijk = 3, Baar = 4, Bar = 5;

    private static readonly SuffixTable Step1 = new((Heden, "heden"), (En, "en ene"), (S, "s se"));
    private static readonly SuffixTable Step3b = new(
        (EndIng, "end ing"), (Ig, "ig"), (Lijk, "lijk"), (Baar, "baar"), (Bar, "bar"));

    /// <summary>A shared instance; the stemmer holds no state.</summary>
    public static DutchStemmer Instance { get; } = new();

    /// <summary>Returns the Snowball Porter Dutch stem of one lower-cased word.</summary>
    public string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length == 0)
            return word;
        var w = new Word(word.Length <= 256 ? stackalloc char[word.Length] : new char[word.Length], word);
        w.Run();
        return w.Result(word);
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'è';

    private ref struct Word
    {
        private readonly Span<char> _c;
        private int _len;
        private int _p1, _p2;
        private bool _eFound;

        public Word(Span<char> buffer, string word)
        {
            _c = buffer;
            _len = word.Length;
            for (var i = 0; i < word.Length; i++)
            {
                buffer[i] = word[i] switch
                {
                    'ä' or 'á' => 'a',
                    'ë' or 'é' => 'e',
                    'ï' or 'í' => 'i',
                    'ö' or 'ó' => 'o',
                    'ü' or 'ú' => 'u',
                    var c => c,
                };
            }
        }

        private readonly ReadOnlySpan<char> Text => _c[.._len];

        public void Run()
        {
            Mark();
            MarkRegions();
            StepOne();
            EEnding();
            if (EndsWith("heid") && _len - 4 >= _p2 && !(_len > 4 && _c[_len - 5] == 'c'))
            {
                Delete(4);
                if (EndsWith("en")) EnEnding(_len - 2, 2);
            }
            StepThreeB();
            UndoubleVowel();
        }

        public readonly string Result(string original)
        {
            for (var i = 0; i < _len; i++)
            {
                if (_c[i] == 'I') _c[i] = 'i';
                else if (_c[i] == 'Y') _c[i] = 'y';
            }
            var stem = Text;
            return stem.SequenceEqual(original) ? original : new string(stem);
        }

        private readonly void Mark()
        {
            if (_c[0] == 'y')
                _c[0] = 'Y';
            for (var i = 0; i + 1 < _len; i++)
            {
                if (!IsVowel(_c[i]))
                    continue;
                if (_c[i + 1] == 'i' && i + 2 < _len && IsVowel(_c[i + 2]))
                    _c[i + 1] = 'I';
                else if (_c[i + 1] == 'y')
                    _c[i + 1] = 'Y';
            }
        }

        private void MarkRegions()
        {
            _p1 = _p2 = _len;
            if (_len < 3)
                return;
            var p1 = RegionAfter(0);
            if (p1 == _len)
                return;
            // R2 is measured from R1 before R1 is raised to 3.
            _p2 = RegionAfter(p1);
            _p1 = Math.Max(p1, 3);
        }

        private readonly int RegionAfter(int from)
        {
            var k = from;
            while (k < _len && !IsVowel(_c[k])) k++;
            while (k < _len && IsVowel(_c[k])) k++;
            return k < _len ? k + 1 : _len;
        }

        private readonly bool EndsWith(ReadOnlySpan<char> suffix) => Text.EndsWith(suffix);

        private void Delete(int n) => _len -= n;

        private void Undouble()
        {
            if (EndsWith("kk") || EndsWith("dd") || EndsWith("tt"))
                Delete(1);
        }

        private void EnEnding(int s, int n)
        {
            if (s < _p1 || s == 0 || IsVowel(_c[s - 1]) || Text[..s].EndsWith("gem"))
                return;
            Delete(n);
            Undouble();
        }

        private void EEnding()
        {
            _eFound = false;
            var s = _len - 1;
            if (_len == 0 || _c[s] != 'e' || s < _p1 || s == 0 || IsVowel(_c[s - 1]))
                return;
            Delete(1);
            _eFound = true;
            Undouble();
        }

        private void StepOne()
        {
            var rule = Step1.Match(Text, 0, out var n);
            var s = _len - n;
            switch (rule)
            {
                case Heden:
                    if (s >= _p1)
                    {
                        Delete(n);
                        "heid".AsSpan().CopyTo(_c[_len..]);
                        _len += 4;
                    }
                    break;
                case En:
                    EnEnding(s, n);
                    break;
                case S:
                    if (s >= _p1 && s > 0 && !IsVowel(_c[s - 1]) && _c[s - 1] != 'j') Delete(n);
                    break;
            }
        }

        private void StepThreeB()
        {
            var rule = Step3b.Match(Text, 0, out var n);
            if (rule < 0)
                return;
            var s = _len - n;
            if (s < _p2)
                return;
            switch (rule)
            {
                case EndIng:
                    Delete(n);
                    if (EndsWith("ig") && _len - 2 >= _p2 && !(_len > 2 && _c[_len - 3] == 'e')) Delete(2);
                    else Undouble();
                    break;
                case Ig:
                    if (!(s > 0 && _c[s - 1] == 'e')) Delete(n);
                    break;
                case Lijk:
                    Delete(n);
                    EEnding();
                    break;
                case Baar:
                    Delete(n);
                    break;
                case Bar:
                    if (_eFound) Delete(n);
                    break;
            }
        }

        private void UndoubleVowel()
        {
            if (_len < 4)
                return;
            var last = _c[_len - 1];
            var v = _c[_len - 2];
            if (IsVowel(last) || last == 'I' || v != _c[_len - 3] || v is not ('a' or 'e' or 'o' or 'u')
                || IsVowel(_c[_len - 4]))
                return;
            _c[_len - 2] = last;
            _len--;
        }
    }
}
