using System.Text.Json.Nodes;
using Repertoire.Core.Alignment;

namespace Repertoire.Core.DirectoryImport.Mapping;

/// <summary>What one directory record says about a listing, already in the content format's field names and shapes
/// (every scalar a string, as the YAML reads back). Kept in the listing's provenance, so that a run that reads only
/// one directory, or a record that is gone or refused, still merges with the last known state of the other side.</summary>
/// <param name="Source">The directory.</param>
/// <param name="Id">The record's id in it.</param>
/// <param name="Fields">Front-matter fields, in the order they are written.</param>
/// <param name="Description">The Markdown body per language: <c>{"fr": ..., "nl": ...}</c>.</param>
public sealed record Contribution(DirectorySource Source, string Id, JsonObject Fields, JsonObject Description)
{
    /// <summary>The source's key in files and reports: <c>bruxelles_social</c> or <c>sociale_kaart</c>.</summary>
    public string SourceKey => Key(Source);

    /// <summary>The key of a directory in files and reports.</summary>
    public static string Key(DirectorySource source) => source == DirectorySource.BruxellesSocial ? "bruxelles_social" : "sociale_kaart";

    /// <summary>The directory of a key, or null.</summary>
    public static DirectorySource? FromKey(string? key) => key switch
    {
        "bruxelles_social" => DirectorySource.BruxellesSocial,
        "sociale_kaart" => DirectorySource.SocialeKaart,
        _ => null,
    };

    /// <summary>The JSON form kept in provenance.</summary>
    public JsonObject ToJson() => new()
    {
        ["source"] = SourceKey,
        ["id"] = Id,
        ["fields"] = Fields.DeepClone(),
        ["description"] = Description.DeepClone(),
    };

    /// <summary>Reads the JSON form back; null when it is not one.</summary>
    public static Contribution? FromJson(JsonNode? node)
    {
        if (node is not JsonObject o || FromKey((string?)o["source"]) is not { } source || (string?)o["id"] is not { } id) return null;
        return new Contribution(source, id, o["fields"] as JsonObject is { } f ? (JsonObject)f.DeepClone() : [],
            o["description"] as JsonObject is { } d ? (JsonObject)d.DeepClone() : []);
    }
}
