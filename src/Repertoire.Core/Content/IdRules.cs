namespace Repertoire.Core.Content;

/// <summary>The shape of ids in the content format: <c>[a-z0-9-]+</c>.</summary>
public static class IdRules
{
    /// <summary>Whether <paramref name="id"/> is a valid content id.</summary>
    public static bool IsValid(string? id)
    {
        if (string.IsNullOrEmpty(id) || id.Length > 200) return false;
        foreach (var c in id)
            if (!(c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-')) return false;
        return true;
    }
}
