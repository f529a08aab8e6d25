using Repertoire.Core.Alignment.Normalisation;
using Repertoire.Core.Content;

namespace Repertoire.Core.Alignment.Matching;

/// <summary>A record with every field normalised once, before any pair is compared.</summary>
internal sealed class PreparedRecord
{
    public required DirectoryRecord Record { get; init; }
    public required IReadOnlyList<IReadOnlyList<string>> NameTokens { get; init; }
    public required HashSet<string> Kbos { get; init; }
    public required HashSet<string> Phones { get; init; }
    public required HashSet<string> Emails { get; init; }
    public required HashSet<string> EmailDomains { get; init; }
    public required HashSet<string> WebDomains { get; init; }
    public required IReadOnlyList<PreparedAddress> Addresses { get; init; }

    public static PreparedRecord Create(DirectoryRecord record, NameNormaliser names, StreetTranslator streets)
    {
        var emails = record.Emails.Select(ContactNormaliser.Email).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return new PreparedRecord
        {
            Record = record,
            NameTokens = record.Names.Select(names.Tokens).Where(t => t.Count > 0).ToList(),
            Kbos = record.Kbos.Select(KboNumber.Normalise).OfType<string>().ToHashSet(StringComparer.Ordinal),
            Phones = record.Phones.SelectMany(PhoneNormaliser.AllToE164).ToHashSet(StringComparer.Ordinal),
            Emails = emails,
            EmailDomains = emails.Select(ContactNormaliser.EmailDomain).OfType<string>()
                .Where(d => !ContactNormaliser.IsSharedDomain(d)).ToHashSet(StringComparer.Ordinal),
            WebDomains = record.Websites.Select(ContactNormaliser.WebDomain).OfType<string>()
                .Where(d => !ContactNormaliser.IsSharedDomain(d)).ToHashSet(StringComparer.Ordinal),
            Addresses = record.Addresses.Select(a => PreparedAddress.Create(a, streets)).ToList(),
        };
    }
}

/// <summary>An address with its street keys (plain and canonical across languages) and parsed number.</summary>
internal sealed class PreparedAddress
{
    public required string? Postcode { get; init; }
    public required HashSet<string> StreetKeys { get; init; }
    public required HashSet<string> CanonicalStreets { get; init; }
    public required HouseNumber? Number { get; init; }
    public required double? Lat { get; init; }
    public required double? Lon { get; init; }

    public bool HasStreet => StreetKeys.Count > 0;

    public static PreparedAddress Create(DirectoryAddress address, StreetTranslator streets)
    {
        var keys = address.Streets().Select(StreetNormaliser.Key).Where(k => k.Length > 0).ToHashSet(StringComparer.Ordinal);
        var postcode = address.Postcode is { } p ? new string(p.Where(char.IsAsciiDigit).ToArray()) : null;
        return new PreparedAddress
        {
            Postcode = string.IsNullOrEmpty(postcode) ? null : postcode,
            StreetKeys = keys,
            CanonicalStreets = keys.Select(streets.CanonicalOfKey).ToHashSet(StringComparer.Ordinal),
            Number = HouseNumber.Parse(address.Number, address.Box),
            Lat = address.Lat,
            Lon = address.Lon,
        };
    }
}
