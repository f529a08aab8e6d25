using System.Globalization;

namespace Repertoire.Core.Alignment.Matching;

/// <summary>Finds the candidate pairs worth scoring without comparing all pairs: two records are candidates
/// when they share a blocking key (KBO number, phone, e-mail, organisation domain, street in a postcode,
/// a rare name token, or a ~250 m grid cell). Keys shared by too many records say nothing and are skipped.</summary>
internal sealed class CandidateBlocker(NameSimilarity names, int maxBlockPairs)
{
    // About 250 m by 250 m in Brussels.
    private const double CellLat = 0.00225;
    private const double CellLon = 0.0036;

    public HashSet<(int A, int B)> Candidates(IReadOnlyList<PreparedRecord> left, IReadOnlyList<PreparedRecord> right, double rareNameWeight)
    {
        var blocks = new Dictionary<string, (List<int> Left, List<int> Right)>(StringComparer.Ordinal);
        for (var i = 0; i < left.Count; i++)
            foreach (var key in Keys(left[i], rareNameWeight, neighbours: true))
                Block(blocks, key).Left.Add(i);
        for (var j = 0; j < right.Count; j++)
            foreach (var key in Keys(right[j], rareNameWeight, neighbours: false))
                Block(blocks, key).Right.Add(j);

        var pairs = new HashSet<(int, int)>();
        foreach (var (_, (l, r)) in blocks)
        {
            if (l.Count == 0 || r.Count == 0 || (long)l.Count * r.Count > maxBlockPairs) continue;
            foreach (var i in l)
                foreach (var j in r)
                    pairs.Add((i, j));
        }
        return pairs;
    }

    private static (List<int> Left, List<int> Right) Block(Dictionary<string, (List<int>, List<int>)> blocks, string key)
    {
        if (!blocks.TryGetValue(key, out var block)) blocks[key] = block = ([], []);
        return block;
    }

    private IEnumerable<string> Keys(PreparedRecord record, double rareNameWeight, bool neighbours)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var kbo in record.Kbos) keys.Add("k:" + kbo);
        foreach (var phone in record.Phones) keys.Add("p:" + phone);
        foreach (var email in record.Emails) keys.Add("e:" + email);
        foreach (var domain in record.EmailDomains) keys.Add("d:" + domain);
        foreach (var domain in record.WebDomains) keys.Add("d:" + domain);
        foreach (var address in record.Addresses)
        {
            foreach (var street in address.CanonicalStreets.Concat(address.StreetKeys))
                keys.Add("s:" + address.Postcode + ":" + street);
            if (address.Postcode is { } postcode && address.Number is { } number)
                keys.Add("n:" + postcode + ":" + number.First.ToString(CultureInfo.InvariantCulture));
            if (address.Lat is { } lat && address.Lon is { } lon)
            {
                var row = (long)Math.Floor(lat / CellLat);
                var column = (long)Math.Floor(lon / CellLon);
                if (!neighbours)
                {
                    keys.Add(Cell(row, column));
                }
                else
                {
                    for (var dr = -1; dr <= 1; dr++)
                        for (var dc = -1; dc <= 1; dc++)
                            keys.Add(Cell(row + dr, column + dc));
                }
            }
        }
        foreach (var tokens in record.NameTokens)
            foreach (var token in tokens)
                if (token[0] != '#' && token.Length >= 3 && names.Weight(token) >= rareNameWeight)
                    keys.Add("t:" + token);
        return keys;
    }

    private static string Cell(long row, long column) =>
        string.Create(CultureInfo.InvariantCulture, $"g:{row}:{column}");
}
