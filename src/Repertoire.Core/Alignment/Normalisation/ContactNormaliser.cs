namespace Repertoire.Core.Alignment.Normalisation;

/// <summary>E-mail addresses and web sites, reduced to what identifies an organisation.</summary>
public static class ContactNormaliser
{
    // Shared providers and platforms: a domain there says nothing about who owns the address.
    private static readonly HashSet<string> SharedDomains = new(StringComparer.Ordinal)
    {
        "gmail.com", "googlemail.com", "hotmail.com", "hotmail.be", "hotmail.fr", "outlook.com", "outlook.be",
        "live.com", "live.be", "yahoo.com", "yahoo.fr", "yahoo.be", "skynet.be", "proximus.be", "telenet.be",
        "scarlet.be", "voo.be", "belgacom.net", "msn.com", "icloud.com", "me.com", "gmx.com", "gmx.net",
        "orange.fr", "free.fr", "laposte.net", "protonmail.com", "proton.me",
        "facebook.com", "fb.com", "instagram.com", "linkedin.com", "twitter.com", "x.com", "youtube.com",
        "wixsite.com", "wordpress.com", "blogspot.com", "google.com", "sites.google.com", "linktr.ee",
    };

    /// <summary>The address lower-cased and trimmed, without "mailto:"; null when it has no "@".</summary>
    public static string? Email(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var value = text.Trim().ToLowerInvariant();
        if (value.StartsWith("mailto:", StringComparison.Ordinal)) value = value[7..];
        var at = value.IndexOf('@');
        return at > 0 && at < value.Length - 1 && !value.Contains(' ') ? value : null;
    }

    /// <summary>The part after "@" of a normalised address.</summary>
    public static string? EmailDomain(string? email)
    {
        var value = Email(email);
        return value is null ? null : value[(value.IndexOf('@') + 1)..];
    }

    /// <summary>The host of a web address without scheme, "www." and path, lower-cased.</summary>
    public static string? WebDomain(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)) return null;
        var value = url.Trim().ToLowerInvariant();
        var scheme = value.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0) value = value[(scheme + 3)..];
        var end = value.IndexOfAny(['/', '?', '#', ':']);
        if (end >= 0) value = value[..end];
        if (value.StartsWith("www.", StringComparison.Ordinal)) value = value[4..];
        return value.Contains('.') ? value : null;
    }

    /// <summary>True for mail providers and platforms that many unrelated organisations share.</summary>
    public static bool IsSharedDomain(string? domain) =>
        domain is not null && (SharedDomains.Contains(domain) || SharedDomains.Any(d => domain.EndsWith("." + d, StringComparison.Ordinal)));
}
