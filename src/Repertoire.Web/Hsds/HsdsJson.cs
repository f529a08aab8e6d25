using System.Text.Json;
using System.Text.Json.Serialization;

namespace Repertoire.Web.Hsds;

/// <summary>HSDS JSON: snake_case names, and absent values left out (the schemas type fields as plain strings, not null).</summary>
public static class HsdsJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
