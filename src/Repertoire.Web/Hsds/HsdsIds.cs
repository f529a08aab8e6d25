using System.Security.Cryptography;
using System.Text;

namespace Repertoire.Web.Hsds;

/// <summary>
/// Stable HSDS ids: a UUID version 5 (RFC 9562, SHA-1) of the object type and the listing or term id under a fixed
/// namespace, so the same listing keeps the same UUIDs across exports, restarts and machines.
/// </summary>
public static class HsdsIds
{
    /// <summary>The namespace of every Repertoire HSDS id. Never change it: every published id depends on it.</summary>
    public static readonly Guid Namespace = new("3d0c7f2a-58b4-4e61-9f1d-2b7a6c8e4d05");

    /// <summary>The UUID of an object of <paramref name="type"/> (e.g. <c>organization</c>) with a Repertoire id.</summary>
    public static Guid For(string type, string id) => NameBased(Namespace, $"{type}/{id}");

    /// <summary>A version 5 UUID of a name in a namespace.</summary>
    public static Guid NameBased(Guid ns, string name)
    {
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var input = new byte[16 + nameBytes.Length];
        ns.TryWriteBytes(input, bigEndian: true, out _);
        nameBytes.CopyTo(input, 16);
        Span<byte> hash = stackalloc byte[20];
        SHA1.HashData(input, hash);
        var bytes = hash[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
