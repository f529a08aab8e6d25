using Repertoire.Core.Analysis.Common;

namespace Repertoire.Core.Analysis.Fr;

/// <summary>
/// The Snowball French stemming algorithm, versions 3.0.0 to 3.1.1 (snowballstem.org, <c>french.sbl</c>):
/// elision, marking of u/i/y and ë/ï, regions RV/R1/R2, standard suffixes, verb suffixes, residual suffixes,
/// undoubling and un-accenting. Written from Repertoire's description of the algorithm
/// (data/snowball/ALGORITHMS.md §1) and proven on the official Snowball vocabulary.
/// </summary>
/// <remarks>
/// Input must be one lower-cased word with its accents; the result keeps accents. Stateless and thread-safe.
/// The elision step leaves out the <c>z'</c> added after 3.1.1 (unreleased); no vocabulary word is affected.
/// </remarks>
public sealed class FrenchStemmer
{
    private const int A = 1, Atrice = 2, Logie = 3, Usion = 4, Ence = 5, Ement = 6, Ite = 7, If = 8,
        Eaux = 9, Aux = 10, Oux = 11, Euse = 12, Issement = 13, Amment = 14, Emment = 15, Ment = 16;
    private const int Ions = 1, VerbE = 2, VerbA = 3, Ais = 4, Eais = 5;
    private const int Ion = 1, Ier = 2, E = 3;

    private static readonly SuffixTable Standard = new(
        (A, "ance iqUe isme able iste eux ances iqUes ismes ables istes"),
        (Atrice, "atrice ateur ation atrices ateurs ations"),
        (Logie, "logie logies"),
        (Usion, "usion ution usions utions"),
        (Ence, "ence ences"),
        (Ement, "ement ements"),
        (Ite, "ité ités"),
        (If, "if ive ifs ives"),
        (Eaux, "eaux"),
        (Aux, "aux"),
        (Oux, "oux"),
        (Euse, "euse euses"),
        (Issement, "issement issements"),
        (Amment, "amment"),
        (Emment, "emment"),
        (Ment, "ment ments"));

    private static readonly SuffixTable IVerb = new((1,
        "îmes ît îtes i ie ies ir ira irai iraIent irais irait iras irent irez iriez irions irons iront is " +
        "issaIent issais issait issant issante issantes issants isse issent isses issez issiez issions issons it"));

    private static readonly SuffixTable Verb = new(
        (Ions, "ions"),
        (VerbE, "é ée ées és èrent er era erai eraIent erais erait eras erez eriez erions erons eront ez iez"),
        (VerbA, "âmes ât âtes a ai aIent ait ant ante antes ants as asse assent asses assiez assions"),
        (Ais, "ais aise aises"),
        (Eais, "eais"));

    private static readonly SuffixTable Residual = new((Ion, "ion"), (Ier, "ier ière Ier Ière"), (E, "e"));

    /// <summary>A shared instance; the stemmer holds no state.</summary>
    public static FrenchStemmer Instance { get; } = new();

    /// <summary>Returns the Snowball French stem of one lower-cased word.</summary>
    public string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.Length == 0)
            return word;
        var size = word.Length * 2 + 4;
        var w = new Word(size <= 256 ? stackalloc char[size] : new char[size], word);
        w.Run();
        return w.Result(word);
    }

    private static bool IsVowel(char c) => c switch
    {
        'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'â' or 'à' or 'ë' or 'é' or 'ê' or 'è' or 'ï' or 'î' or 'ô'
            or 'û' or 'ù' => true,
        _ => false,
    };

    private ref struct Word
    {
        private readonly Span<char> _c;
        private int _len;
        private int _pV, _p1, _p2;

        public Word(Span<char> buffer, string word)
        {
            _c = buffer;
            word.AsSpan().CopyTo(buffer);
            _len = word.Length;
        }

        private readonly ReadOnlySpan<char> Text => _c[.._len];

        public void Run()
        {
            Elide();
            Mark();
            MarkRegions();
            if (StandardSuffix() || IVerbSuffix() || VerbSuffix())
            {
                if (_c[_len - 1] == 'Y')
                    _c[_len - 1] = 'i';
                else if (_c[_len - 1] == 'ç')
                    _c[_len - 1] = 'c';
            }
            else
            {
                ResidualSuffix();
            }
            Undouble();
            Unaccent();
        }

        public readonly string Result(string original)
        {
            Span<char> output = stackalloc char[_len];
            var n = 0;
            for (var i = 0; i < _len; i++)
            {
                var c = _c[i];
                switch (c)
                {
                    case 'I': output[n++] = 'i'; break;
                    case 'U': output[n++] = 'u'; break;
                    case 'Y': output[n++] = 'y'; break;
                    case 'H':
                        if (i + 1 < _len && _c[i + 1] == 'e') { output[n++] = 'ë'; i++; }
                        else if (i + 1 < _len && _c[i + 1] == 'i') { output[n++] = 'ï'; i++; }
                        break;
                    default: output[n++] = c; break;
                }
            }
            var stem = output[..n];
            return stem.SequenceEqual(original) ? original : new string(stem);
        }

        private void Elide()
        {
            if (_len < 3)
                return;
            var apostrophe = -1;
            if (_c[1] == '\'' && _c[0] is 'c' or 'd' or 'j' or 'l' or 'm' or 'n' or 's' or 't')
                apostrophe = 1;
            else if (_c[0] == 'q' && _c[1] == 'u' && _c[2] == '\'')
                apostrophe = 2;
            if (apostrophe < 0 || apostrophe == _len - 1)
                return;
            _c[(apostrophe + 1).._len].CopyTo(_c);
            _len -= apostrophe + 1;
        }

        private void Mark()
        {
            var i = 0;
            while (i < _len)
            {
                var c = _c[i];
                // After a change the same position is examined again: jouaient -> joUaIent.
                if (IsVowel(c) && i + 1 < _len)
                {
                    var next = _c[i + 1];
                    if ((next == 'u' || next == 'i') && i + 2 < _len && IsVowel(_c[i + 2]))
                    {
                        _c[i + 1] = next == 'u' ? 'U' : 'I';
                        continue;
                    }
                    if (next == 'y')
                    {
                        _c[i + 1] = 'Y';
                        continue;
                    }
                }
                if (c == 'ë' || c == 'ï')
                {
                    _c[i] = 'H';
                    Insert(i + 1, c == 'ë' ? 'e' : 'i');
                    continue;
                }
                if (c == 'y' && i + 1 < _len && IsVowel(_c[i + 1]))
                {
                    _c[i] = 'Y';
                    continue;
                }
                if (c == 'q' && i + 1 < _len && _c[i + 1] == 'u')
                {
                    _c[i + 1] = 'U';
                    continue;
                }
                i++;
            }
        }

        private void Insert(int at, char c)
        {
            _c[at.._len].CopyTo(_c[(at + 1)..]);
            _c[at] = c;
            _len++;
        }

        private void MarkRegions()
        {
            _pV = _p1 = _p2 = _len;
            if (_len >= 3 && IsVowel(_c[0]) && IsVowel(_c[1]))
                _pV = 3;
            else if (_len >= 3 && (Text.StartsWith("par") || Text.StartsWith("col") || Text.StartsWith("tap")
                || (_c[0] == 'n' && _c[1] == 'i' && IsVowel(_c[2]))))
                _pV = 3;
            else
            {
                for (var k = 1; k < _len; k++)
                {
                    if (IsVowel(_c[k])) { _pV = k + 1; break; }
                }
            }
            _p1 = RegionAfter(0);
            _p2 = RegionAfter(_p1);
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

        private void Replace(int n, ReadOnlySpan<char> with)
        {
            _len -= n;
            with.CopyTo(_c[_len..]);
            _len += with.Length;
        }

        // "ic" after a deleted suffix: deleted in R2, else kept as "iqU".
        private void DeleteOrQualifyIc()
        {
            if (!EndsWith("ic"))
                return;
            if (_len - 2 >= _p2) Delete(2);
            else Replace(2, "iqU");
        }

        private bool StandardSuffix()
        {
            var rule = Standard.Match(Text, 0, out var n);
            if (rule < 0)
                return false;
            var s = _len - n;
            switch (rule)
            {
                case A:
                    if (s < _p2) return false;
                    Delete(n);
                    return true;
                case Atrice:
                    if (s < _p2) return false;
                    Delete(n);
                    DeleteOrQualifyIc();
                    return true;
                case Logie:
                    if (s < _p2) return false;
                    Replace(n, "log");
                    return true;
                case Usion:
                    if (s < _p2) return false;
                    Replace(n, "u");
                    return true;
                case Ence:
                    if (s < _p2) return false;
                    Replace(n, "ent");
                    return true;
                case Ement:
                    if (s < _pV) return false;
                    Delete(n);
                    AfterEment();
                    return true;
                case Ite:
                    if (s < _p2) return false;
                    Delete(n);
                    if (EndsWith("abil"))
                    {
                        if (_len - 4 >= _p2) Delete(4);
                        else Replace(4, "abl");
                    }
                    else if (EndsWith("ic"))
                    {
                        DeleteOrQualifyIc();
                    }
                    else if (EndsWith("iv") && _len - 2 >= _p2)
                    {
                        Delete(2);
                    }
                    return true;
                case If:
                    if (s < _p2) return false;
                    Delete(n);
                    if (EndsWith("at") && _len - 2 >= _p2)
                    {
                        Delete(2);
                        DeleteOrQualifyIc();
                    }
                    return true;
                case Eaux:
                    Replace(n, "eau");
                    return true;
                case Aux:
                    if (s < _p1) return false;
                    Replace(n, "al");
                    return true;
                case Oux:
                    if (s == 0 || _c[s - 1] is not ('b' or 'h' or 'j' or 'l' or 'n' or 'p')) return false;
                    Replace(n, "ou");
                    return true;
                case Euse:
                    if (s >= _p2) { Delete(n); return true; }
                    if (s >= _p1) { Replace(n, "eux"); return true; }
                    return false;
                case Issement:
                    if (s < _p1 || s == 0 || IsVowel(_c[s - 1])) return false;
                    Delete(n);
                    return true;
                // The last three rules keep their change but report failure, so that verb suffixes are tried next.
                case Amment:
                    if (s >= _pV) Replace(n, "ant");
                    return false;
                case Emment:
                    if (s >= _pV) Replace(n, "ent");
                    return false;
                default:
                    if (s > 0 && IsVowel(_c[s - 1]) && s - 1 >= _pV) Delete(n);
                    return false;
            }
        }

        private void AfterEment()
        {
            if (EndsWith("ièr") || EndsWith("Ièr"))
            {
                if (_len - 3 >= _pV) Replace(3, "i");
            }
            else if (EndsWith("eus"))
            {
                if (_len - 3 >= _p2) Delete(3);
                else if (_len - 3 >= _p1) Replace(3, "eux");
            }
            else if (EndsWith("abl") || EndsWith("iqU"))
            {
                if (_len - 3 >= _p2) Delete(3);
            }
            else if (EndsWith("iv") && _len - 2 >= _p2)
            {
                Delete(2);
                if (EndsWith("at") && _len - 2 >= _p2) Delete(2);
            }
        }

        private bool IVerbSuffix()
        {
            if (IVerb.Match(Text, _pV, out var n) < 0)
                return false;
            var s = _len - n;
            if (s - 1 < _pV || IsVowel(_c[s - 1]) || _c[s - 1] == 'H')
                return false;
            Delete(n);
            return true;
        }

        private bool VerbSuffix()
        {
            var rule = Verb.Match(Text, _pV, out var n);
            if (rule < 0)
                return false;
            var s = _len - n;
            switch (rule)
            {
                case Ions:
                    if (s < _p2) return false;
                    Delete(n);
                    return true;
                case VerbA:
                    Delete(n);
                    if (EndsWith("e") && _len - 1 >= _pV) Delete(1);
                    return true;
                case Ais:
                    var rest = _c[..s];
                    if ((s == 3 && rest[1] == 'a' && rest[2] == 'l') || rest.EndsWith("auv") || rest.EndsWith("épl"))
                        return false;
                    Delete(n);
                    return true;
                default:
                    Delete(n);
                    return true;
            }
        }

        private void ResidualSuffix()
        {
            if (_len > 0 && _c[_len - 1] == 's')
            {
                // A lone "s" has no letter before it to test, and stays (the oracle keeps "s").
                var keep = _len < 2 || (_c[_len - 2] is 'a' or 'i' or 'o' or 'u' or 'è' or 's'
                    && !(_len >= 3 && _c[_len - 3] == 'H' && _c[_len - 2] == 'i'));
                if (!keep) Delete(1);
            }
            var rule = Residual.Match(Text, _pV, out var n);
            if (rule < 0)
                return;
            var s = _len - n;
            switch (rule)
            {
                case Ion:
                    if (s >= _p2 && s - 1 >= _pV && _c[s - 1] is 's' or 't') Delete(n);
                    break;
                case Ier:
                    Replace(n, "i");
                    break;
                default:
                    Delete(n);
                    break;
            }
        }

        private void Undouble()
        {
            if (EndsWith("enn") || EndsWith("onn") || EndsWith("ett") || EndsWith("ell") || EndsWith("eill"))
                Delete(1);
        }

        private readonly void Unaccent()
        {
            var k = _len;
            while (k > 0 && !IsVowel(_c[k - 1])) k--;
            if (k < _len && k > 0 && _c[k - 1] is 'é' or 'è')
                _c[k - 1] = 'e';
        }
    }
}
