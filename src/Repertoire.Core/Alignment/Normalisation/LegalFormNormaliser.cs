using Repertoire.Core.Common;
namespace Repertoire.Core.Alignment.Normalisation;

/// <summary>Belgian legal forms in French, Dutch, German and dotted spellings (ASBL/VZW, SPRL/BVBA, SA/NV, ...).</summary>
public static class LegalFormNormaliser
{
    // Folded token sequences, each mapped to one code shared by the language versions.
    private static readonly (string[] Tokens, string Code)[] Forms =
    [
        (["asbl"], "asbl"), (["a", "s", "b", "l"], "asbl"), (["vzw"], "asbl"), (["v", "z", "w"], "asbl"),
        (["aisbl"], "aisbl"), (["ivzw"], "aisbl"), (["i", "v", "z", "w"], "aisbl"),
        (["sprl"], "srl"), (["s", "p", "r", "l"], "srl"), (["bvba"], "srl"), (["b", "v", "b", "a"], "srl"),
        (["srl"], "srl"), (["s", "r", "l"], "srl"), (["bv"], "srl"), (["b", "v"], "srl"),
        (["sa"], "sa"), (["s", "a"], "sa"), (["nv"], "sa"), (["n", "v"], "sa"),
        (["scrl"], "sc"), (["s", "c", "r", "l"], "sc"), (["cvba"], "sc"), (["c", "v", "b", "a"], "sc"),
        (["sc"], "sc"), (["cv"], "sc"), (["scs"], "scs"), (["commv"], "scs"), (["snc"], "snc"), (["vof"], "snc"),
        (["fup"], "fup"), (["son"], "fup"),
    ];

    /// <summary>Removes legal forms at the start or end of a folded token list ("Kadans A.S.B.L." → "kadans").</summary>
    public static IReadOnlyList<string> Strip(IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var start = 0;
        var end = tokens.Count;
        var changed = true;
        while (changed && end - start > 1)
        {
            changed = false;
            foreach (var (form, _) in Forms)
            {
                if (end - start <= form.Length) continue;
                if (Matches(tokens, end - form.Length, form)) { end -= form.Length; changed = true; break; }
                if (Matches(tokens, start, form)) { start += form.Length; changed = true; break; }
            }
        }
        return start == 0 && end == tokens.Count ? tokens : tokens.Skip(start).Take(end - start).ToArray();
    }

    /// <summary>The shared code ("asbl", "srl", "sa", "sc", ...) of a legal-form label or abbreviation in either
    /// language ("Vereniging zonder winstoogmerk (VZW)" → "asbl"), or null.</summary>
    public static string? Code(string? label)
    {
        var tokens = TextFolder.Tokens(label);
        if (tokens.Length == 0) return null;
        if (tokens.Contains("cpas") || tokens.Contains("ocmw")) return "cpas";
        foreach (var (form, code) in Forms.OrderByDescending(f => f.Tokens.Length))
        {
            for (var i = 0; i + form.Length <= tokens.Length; i++)
                if (Matches(tokens, i, form)) return code;
        }
        var folded = string.Join(' ', tokens);
        if (folded.Contains("sans but lucratif", StringComparison.Ordinal) || folded.Contains("zonder winstoogmerk", StringComparison.Ordinal)) return "asbl";
        if (folded.Contains("societe anonyme", StringComparison.Ordinal) || folded.Contains("naamloze vennootschap", StringComparison.Ordinal)) return "sa";
        if (folded.Contains("responsabilite limitee", StringComparison.Ordinal) || folded.Contains("besloten vennootschap", StringComparison.Ordinal)) return "srl";
        return null;
    }

    private static bool Matches(IReadOnlyList<string> tokens, int at, string[] form)
    {
        if (at < 0 || at + form.Length > tokens.Count) return false;
        for (var i = 0; i < form.Length; i++)
            if (!string.Equals(tokens[at + i], form[i], StringComparison.Ordinal)) return false;
        return true;
    }
}
