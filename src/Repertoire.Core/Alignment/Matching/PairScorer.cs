using Repertoire.Core.Alignment.Normalisation;

namespace Repertoire.Core.Alignment.Matching;

/// <summary>Compares two prepared records field by field and combines the fields as log-likelihood ratios
/// (Fellegi-Sunter style): agreement on a field that rarely agrees by chance (KBO, phone, address) weighs
/// more than agreement on a common one (type of service), and a clear disagreement on the site (street,
/// house number, distance) outweighs agreement on the organisation, so that the sites of one organisation
/// pair site with site.</summary>
internal sealed class PairScorer(NameSimilarity names, StreetTranslator streets)
{
    // Most candidate pairs from blocking are not the same site.
    private const double Prior = -3.0;

    public FieldEvidence Score(PreparedRecord a, PreparedRecord b)
    {
        var logOdds = Prior;

        double? kbo = null;
        if (a.Kbos.Count > 0 && b.Kbos.Count > 0)
        {
            kbo = a.Kbos.Overlaps(b.Kbos) ? 1 : 0;
            logOdds += kbo == 1 ? 3.0 : -2.5;
        }

        var name = names.Compare(a, b);
        // Asymmetric: a shared rare name is strong evidence, but a low similarity is weak evidence against,
        // because the directories often translate or rename (Le Moulin, De Molen).
        if (name is { } n) logOdds += n >= 0.55 ? 7.0 * (n - 0.55) : 4.0 * (n - 0.55);

        var (address, addressWeight) = CompareAddresses(a, b);
        logOdds += addressWeight;

        var distance = Distance(a, b);
        double? geo = null;
        if (distance is { } d)
        {
            (geo, var weight) = d switch
            {
                <= 120 => (1.0, 2.0),
                <= 250 => (0.7, 1.0),
                <= 500 => (0.4, -0.5),
                <= 1000 => (0.2, -2.0),
                _ => (0.0, -3.5),
            };
            logOdds += weight;
        }

        double? phone = null;
        if (a.Phones.Count > 0 && b.Phones.Count > 0)
        {
            if (a.Phones.Overlaps(b.Phones)) { phone = 1; logOdds += 2.5; }
            else if (SameLineGroup(a.Phones, b.Phones)) { phone = 0.5; logOdds += 1.0; }
            else { phone = 0; logOdds -= 0.7; }
        }

        double? email = null;
        if (a.Emails.Count > 0 && b.Emails.Count > 0)
        {
            if (a.Emails.Overlaps(b.Emails)) { email = 1; logOdds += 3.0; }
            else if (a.EmailDomains.Overlaps(b.EmailDomains)) { email = 0.6; logOdds += 1.0; }
            else { email = 0; logOdds -= 0.3; }
        }

        double? website = null;
        if (a.WebDomains.Count > 0 && b.WebDomains.Count > 0)
        {
            website = a.WebDomains.Overlaps(b.WebDomains) ? 1 : 0;
            logOdds += website == 1 ? 1.2 : -0.5;
        }

        return new FieldEvidence(kbo, name, address, phone, email, website, geo, distance, logOdds, names.LooksLikeDepartment(a, b));
    }

    // Switchboards number their lines consecutively: 02/435.51.38 and 02/435.51.39 are one organisation.
    private static bool SameLineGroup(HashSet<string> a, HashSet<string> b)
    {
        foreach (var x in a)
            foreach (var y in b)
                if (x.Length == y.Length && x.Length >= 11 && x.AsSpan(0, x.Length - 1).SequenceEqual(y.AsSpan(0, y.Length - 1)))
                    return true;
        return false;
    }

    // The visiting (primary) addresses decide. A match on another address of the record (a seat, a former
    // address) says the organisations are related, not that the sites are the same, so it only softens
    // the primary disagreement.
    private (double? Value, double Weight) CompareAddresses(PreparedRecord a, PreparedRecord b)
    {
        if (a.Addresses.Count == 0 || b.Addresses.Count == 0) return (null, 0);
        var primary = CompareAddress(a.Addresses[0], b.Addresses[0]);
        if (primary.Value >= 0.95 || (a.Addresses.Count == 1 && b.Addresses.Count == 1)) return primary;
        var secondary = false;
        for (var i = 0; i < a.Addresses.Count && !secondary; i++)
            for (var j = 0; j < b.Addresses.Count && !secondary; j++)
                if ((i > 0 || j > 0) && CompareAddress(a.Addresses[i], b.Addresses[j]).Value >= 0.95) secondary = true;
        return secondary ? (Math.Max(primary.Value ?? 0, 0.5), primary.Weight / 2 + 1.0) : primary;
    }

    private (double? Value, double Weight) CompareAddress(PreparedAddress x, PreparedAddress y)
    {
        var postcodeDiffers = x.Postcode is not null && y.Postcode is not null && x.Postcode != y.Postcode;
        double? number = x.Number is not null && y.Number is not null ? x.Number.Agreement(y.Number) : null;
        if (!x.HasStreet || !y.HasStreet)
        {
            if (postcodeDiffers) return (0, -3.0);
            return (null, 0);
        }
        var street = StreetAgreement(x, y, out var certain);
        if (street < 0.5)
        {
            if (!certain)
            {
                // Street names in two languages that no bilingual record translated: let number and postcode speak.
                if (postcodeDiffers) return (0, -3.0);
                // The same house number in the same postcode on differently named streets is rare by chance.
                return number is >= 0.85 ? (0.5, 1.5) : (0.2, -0.5);
            }
            return (0, postcodeDiffers ? -4.5 : -4.0);
        }
        if (postcodeDiffers) return number is >= 0.85 ? (0.5, 0) : (0, -3.5);
        return number switch
        {
            null => (0.7 * street, 1.0),
            >= 0.95 => (street, 1.5 + 2.0 * street),
            >= 0.8 => (0.85 * street, 2.5 * street),
            >= 0.5 => (0.5 * street, 0.5),
            _ => (0.15, -3.0),
        };
    }

    private double StreetAgreement(PreparedAddress x, PreparedAddress y, out bool certain)
    {
        certain = true;
        if (x.CanonicalStreets.Overlaps(y.CanonicalStreets) || x.StreetKeys.Overlaps(y.StreetKeys)) return 1;
        var best = 0.0;
        foreach (var p in x.StreetKeys)
            foreach (var q in y.StreetKeys)
                best = Math.Max(best, StringSimilarity.JaroWinkler(p, q));
        if (best >= 0.88) return best;
        // Uncertain unless both sides' streets are known bilingual names, or one side gives both languages.
        certain = x.StreetKeys.Count > 1 || y.StreetKeys.Count > 1
            || (x.StreetKeys.Any(streets.IsLearned) && y.StreetKeys.Any(streets.IsLearned));
        return 0;
    }

    // Between the visiting addresses only: the distance to a secondary address says nothing of the site.
    private static double? Distance(PreparedRecord a, PreparedRecord b)
    {
        if (a.Addresses.Count == 0 || b.Addresses.Count == 0) return null;
        var (x, y) = (a.Addresses[0], b.Addresses[0]);
        return x.Lat is { } lat1 && x.Lon is { } lon1 && y.Lat is { } lat2 && y.Lon is { } lon2
            ? GeoDistance.Metres(lat1, lon1, lat2, lon2)
            : null;
    }
}
