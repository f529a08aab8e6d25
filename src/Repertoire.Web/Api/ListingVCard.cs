using System.Globalization;
using System.Text;
using NodaTime;
using Repertoire.Core.Content;
using Repertoire.Core.Records;
using Repertoire.Web.Localization;
using Repertoire.Web.Pages.Organisations;

namespace Repertoire.Web.Api;

/// <summary>
/// A listing as a vCard 4.0 (RFC 6350) in one language, to add a service to a phone's or a mail program's contacts:
/// name, address, phones, e-mails, website, position, languages of service, and a note with the hours, access and
/// the listing's page. Written by hand: no vCard library is among the packages this project can restore, and the
/// format needs only escaping (RFC 6350 §3.4) and line folding (§3.2).
/// </summary>
public static class ListingVCard
{
    /// <summary>The media type of a vCard.</summary>
    public const string ContentType = "text/vcard; charset=utf-8";

    /// <summary>The card of <paramref name="o"/> at <paramref name="now"/>; <paramref name="listingUrl"/> is the absolute URL of its page.</summary>
    public static string Write(Organisation o, ContentSet content, Language lang, Instant now, string listingUrl)
    {
        ArgumentNullException.ThrowIfNull(o);
        ArgumentNullException.ThrowIfNull(content);
        var text = UiText.For(lang);
        var facts = ListingFacts.Of(o, now, lang);
        var card = new StringBuilder();
        Line(card, "BEGIN:VCARD");
        Line(card, "VERSION:4.0");
        Line(card, "KIND:org");
        Line(card, "FN:" + Escape(o.DisplayName(lang)));
        Line(card, "ORG:" + Escape(o.DisplayName(lang)));
        var commune = content.Territory.Commune(o.Site.Commune)?.Name.Get(lang);
        if (o.Site.StreetLine(lang) is not null || o.Site.Postcode is not null)
        {
            // ADR: post office box; extended address; street; locality; region; postal code; country.
            Line(card, "ADR;TYPE=work:;;" + Escape(o.Site.StreetLine(lang)) + ";" + Escape(commune) + ";;" + Escape(o.Site.Postcode) + ";"
                + Escape(lang == Language.Nl ? "België" : "Belgique"));
        }
        // Numbers as written: a text value, since turning "02 …" into a tel: URI would guess at the format.
        foreach (var phone in o.Phones) Line(card, "TEL;VALUE=text;TYPE=work,voice:" + Escape(phone));
        foreach (var email in o.Emails) Line(card, "EMAIL;TYPE=work:" + Escape(email));
        foreach (var website in o.Websites) Line(card, "URL;TYPE=work:" + Escape(website));
        if (o.Coordinates is { } point)
            Line(card, FormattableString.Invariant($"GEO:geo:{point.Lat:0.######},{point.Lon:0.######}"));
        foreach (var (code, i) in o.Languages.Select((c, i) => (c, i)))
            Line(card, $"LANG;PREF={i + 1}:{Escape(code)}");
        Line(card, "NOTE:" + Escape(Note(facts, text, listingUrl)));
        if (o.Verified is { } verified)
            Line(card, "REV:" + verified.Date.ToString("uuuuMMdd", CultureInfo.InvariantCulture) + "T000000Z");
        Line(card, "SOURCE:" + Escape(listingUrl));
        Line(card, "END:VCARD");
        return card.ToString();
    }

    /// <summary>"cpas-jette.vcf".</summary>
    public static string FileName(Organisation o) => o.Id + ".vcf";

    // The facts a contact entry has no property for, one per line.
    private static string Note(ListingFacts facts, UiText text, string listingUrl)
    {
        var lines = new List<string>();
        var week = facts.Week.Select(d => $"{d.Name} {d.Hours}").Concat(facts.HoursNotes).ToList();
        lines.Add(text["listing.hours"] + (text.Language == Language.Nl ? ": " : " : ") + (week.Count == 0 ? text["facts.hours.confirm"] : string.Join("; ", week)));
        var access = facts.Accessibility.Append(facts.AccessibilityNote).OfType<string>().ToList();
        if (access.Count > 0) lines.Add(text["facts.accessibility"] + (text.Language == Language.Nl ? ": " : " : ") + string.Join(". ", access));
        if (facts.Languages.Count > 0)
            lines.Add(text["listing.languages"] + (text.Language == Language.Nl ? ": " : " : ") + string.Join(", ", facts.Languages)
                + (facts.Interpreter is { } interpreter ? ". " + interpreter : ""));
        if (facts.Referral is { } referral) lines.Add(referral);
        lines.Add(facts.FreshnessText);
        lines.Add(listingUrl);
        return string.Join("\n", lines);
    }

    // RFC 6350 §3.4: backslash, comma and semicolon are escaped, a newline is written \n.
    private static string Escape(string? value) => (value ?? "")
        .Replace("\\", "\\\\", StringComparison.Ordinal).Replace(",", "\\,", StringComparison.Ordinal)
        .Replace(";", "\\;", StringComparison.Ordinal).Replace("\r\n", "\\n", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);

    // RFC 6350 §3.2: lines of at most 75 octets, continued after CRLF and a space, never inside a UTF-8 character.
    private static void Line(StringBuilder card, string line)
    {
        var octets = 0;
        var limit = 75;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > limit)
            {
                card.Append("\r\n ");
                octets = 0;
                limit = 74; // the leading space counts
            }
            card.Append(rune.ToString());
            octets += size;
        }
        card.Append("\r\n");
    }
}
