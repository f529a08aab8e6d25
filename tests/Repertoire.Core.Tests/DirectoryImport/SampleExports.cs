using System.Text;
using System.Text.Json.Nodes;
using Repertoire.Core.Alignment;
using Repertoire.Core.DirectoryImport;
using Repertoire.Core.Tests.Alignment;

namespace Repertoire.Core.Tests.DirectoryImport;

/// <summary>The sample exports as editable JSON, to change one field or add a bad record and read them back.</summary>
internal sealed class SampleExports
{
    public JsonArray BruxellesSocial { get; } = JsonNode.Parse(File.ReadAllText(SampleData.BruxellesSocial))!.AsArray();

    public JsonArray SocialeKaart { get; } = JsonNode.Parse(File.ReadAllText(SampleData.SocialeKaart))!["content"]!.AsArray();

    public JsonObject Organisation(string id) =>
        BruxellesSocial.Select(r => r!.AsObject()).Single(r => r["id"]!.ToJsonString() == id);

    public JsonObject Offer(string id) =>
        SocialeKaart.Select(r => r!.AsObject()).Single(r => (string?)r["id"]!["id"] == id);

    public SourceBatch ReadBruxellesSocial() =>
        FileSourceReader.Read(DirectorySource.BruxellesSocial, Encoding.UTF8.GetBytes(BruxellesSocial.ToJsonString()));

    public SourceBatch ReadSocialeKaart() =>
        FileSourceReader.Read(DirectorySource.SocialeKaart, Encoding.UTF8.GetBytes(new JsonObject { ["content"] = SocialeKaart.DeepClone() }.ToJsonString()));
}
