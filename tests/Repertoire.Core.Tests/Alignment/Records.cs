using Repertoire.Core.Alignment;

namespace Repertoire.Core.Tests.Alignment;

/// <summary>Hand-made directory records for matcher tests.</summary>
internal static class Records
{
    public static DirectoryRecord Bs(string id, string name, string? street, string? streetNl, string number, string postcode,
        string? kbo = null, string? phone = null, string? email = null, string? web = null, double? lat = null, double? lon = null, string? nameNl = null) =>
        new(DirectorySource.BruxellesSocial, id,
            nameNl is null ? [name] : [name, nameNl],
            kbo is null ? [] : [kbo],
            [new DirectoryAddress(street, streetNl, number, null, postcode, null, lat, lon)],
            phone is null ? [] : [phone], email is null ? [] : [email], web is null ? [] : [web]);

    public static DirectoryRecord Sk(string id, string name, string? street, string number, string postcode,
        string? kbo = null, string? phone = null, string? email = null, string? web = null, double? lat = null, double? lon = null) =>
        new(DirectorySource.SocialeKaart, id, [name],
            kbo is null ? [] : [kbo],
            street is null ? [] : [new DirectoryAddress(street, null, number, null, postcode, null, lat, lon)],
            phone is null ? [] : [phone], email is null ? [] : [email], web is null ? [] : [web]);
}
