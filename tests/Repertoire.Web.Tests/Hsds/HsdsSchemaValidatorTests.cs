using System.Text.Json;
using Repertoire.Tests;

namespace Repertoire.Web.Tests.Hsds;

public sealed class HsdsSchemaValidatorTests
{
    private static readonly string Examples = Path.Combine(TestPaths.TestData, "hsds", "examples");
    private readonly HsdsSchemaValidator _checker = new(Path.Combine(TestPaths.TestData, "hsds", "schema"));

    private static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement;

    [Theory]
    [InlineData("service_full.json", "service.json")]
    [InlineData("service_full.json", "compiled/service.json")]
    [InlineData("organization_full.json", "organization.json")]
    [InlineData("taxonomy_term.json", "taxonomy_term.json")]
    [InlineData("taxonomy.json", "taxonomy.json")]
    [InlineData("location.json", "location.json")]
    public void OfficialExamplesPass(string example, string schema)
    {
        var errors = _checker.Check(Parse(File.ReadAllText(Path.Combine(Examples, example))), schema);
        Assert.Empty(errors);
    }

    [Theory]
    [InlineData("service_list.json", "/services")]
    [InlineData("organization_list.json", "/organizations")]
    [InlineData("taxonomy_term_list.json", "/taxonomy_terms")]
    [InlineData("base.json", "/")]
    public void OfficialListExamplesPassTheirOpenApiResponseSchema(string example, string path)
    {
        var errors = _checker.Check(Parse(File.ReadAllText(Path.Combine(Examples, example))), HsdsSchemaValidator.ResponseOf(path));
        Assert.Empty(errors);
    }

    // Each error names the place in the instance (a JSON pointer) and what is wrong there.
    private static void AssertReported(IReadOnlyList<string> errors, string location, string word) =>
        Assert.Contains(errors, e => e.StartsWith(location + ": ", StringComparison.Ordinal) && e.Contains(word, StringComparison.OrdinalIgnoreCase));

    [Fact]
    public void MissingRequiredPropertyIsReported()
    {
        var errors = _checker.Check(Parse("""{"id":"ac148810-d857-441c-9679-408f346de14b","name":"x"}"""), "service.json");
        AssertReported(errors, "/", "status");
    }

    [Fact]
    public void WrongTypeIsReported()
    {
        var errors = _checker.Check(Parse("""{"id":"ac148810-d857-441c-9679-408f346de14b","name":5,"status":"active"}"""), "service.json");
        AssertReported(errors, "/name", "string");
    }

    [Fact]
    public void ValueOutsideTheEnumIsReported()
    {
        var errors = _checker.Check(Parse("""{"id":"ac148810-d857-441c-9679-408f346de14b","name":"x","status":"open"}"""), "service.json");
        AssertReported(errors, "/status", "");
    }

    [Theory]
    [InlineData("id", "not-a-uuid", "uuid")]
    [InlineData("url", "example.com/no-scheme", "uri")]
    [InlineData("email", "nobody-at-example.com", "email")]
    [InlineData("last_modified", "2026-09-01", "date-time")]
    public void BadFormatIsReported(string property, string value, string format)
    {
        var service = new Dictionary<string, string> { ["id"] = "ac148810-d857-441c-9679-408f346de14b", ["name"] = "x", ["status"] = "active" };
        service[property] = value;
        var errors = _checker.Check(Parse(JsonSerializer.Serialize(service)), "service.json");
        AssertReported(errors, "/" + property, format);
    }

    [Fact]
    public void ErrorsInsideReferencedSchemasAreFound()
    {
        // service.json -> phones[] -> phone.json -> languages[] -> language.json
        var json = """
            {"id":"ac148810-d857-441c-9679-408f346de14b","name":"x","status":"active",
             "phones":[{"id":"ac148810-d857-441c-9679-408f346de14c","number":"02","languages":[{"id":"bad"}]}],
             "organization":{"id":"ac148810-d857-441c-9679-408f346de14d","name":"o"}}
            """;
        var errors = _checker.Check(Parse(json), "service.json");
        AssertReported(errors, "/phones/0/languages/0/id", "uuid");
        AssertReported(errors, "/organization", "description");
    }

    [Fact]
    public void PageWrapperOfTheOpenApiDocumentIsChecked()
    {
        var json = """{"total_items":"1","total_pages":1,"page_number":1,"size":1,"first_page":true,"last_page":true,"empty":false,"contents":[{"id":"x"}]}""";
        var errors = _checker.Check(Parse(json), HsdsSchemaValidator.ResponseOf("/services"));
        AssertReported(errors, "/total_items", "integer");
        AssertReported(errors, "/contents/0", "name");
        AssertReported(errors, "/contents/0/id", "uuid");
    }
}
