using System.Net;
using System.Text.Json;
using Repertoire.Tests;
using Repertoire.Web.Hsds;

namespace Repertoire.Web.Tests.Hsds;

/// <summary>Every HSDS response is checked against the official 3.0 schemas (openapi.json and the object files).</summary>
public sealed class HsdsApiTests
{
    private readonly HsdsSchemaValidator _checker = new(Path.Combine(TestPaths.TestData, "hsds", "schema"));

    private static async Task<JsonElement> GetJsonAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    private void AssertValid(JsonElement json, string schema) => Assert.Empty(_checker.Check(json, schema));

    /// <summary>The fixture plus a listing with a KBO number and both regional ids.</summary>
    private static string ContentWithIdentifiers()
    {
        var folder = TestPaths.CopyToTemp(TestPaths.FixtureContent);
        File.WriteAllText(Path.Combine(folder, "organisations", "cpas-test-jette.md"), """
            ---
            name:
              fr: CPAS de test
              nl: OCMW test
            kbo: "0212.347.945"
            sectors: [action-sociale]
            needs: [aide-alimentaire]
            site:
              street: { fr: Rue de Test, nl: Teststraat }
              number: "9"
              postcode: "1090"
              commune: jette
              lat: 50.88
              lon: 4.32
            emails: [cpas@example.be]
            websites: [https://cpas.example.be]
            hours: { fr: Lu-ve 9h-12h, nl: Ma-vr 9u-12u }
            audience: { fr: Habitants de Jette, nl: Inwoners van Jette }
            external:
              bruxelles_social: "4242"
              sociale_kaart: "sk-77"
            updated: 2026-03-15
            ---

            # fr
            Aide **sociale** générale.

            # nl
            Algemene sociale hulp.
            """);
        return folder;
    }

    [Fact]
    public async Task RootNamesVersionProfileAndOpenApiDocument()
    {
        await using var app = new RepertoireApplication();
        using var client = app.CreateClient();
        var root = await GetJsonAsync(client, "/api/hsds/");
        AssertValid(root, HsdsSchemaValidator.ResponseOf("/"));
        Assert.Equal("3.0", root.GetProperty("version").GetString());
        var openapi = new Uri(root.GetProperty("openapi_url").GetString()!);
        var document = await GetJsonAsync(client, openapi.PathAndQuery);
        Assert.True(document.GetProperty("paths").TryGetProperty("/api/hsds/services/{id}", out _));
    }

    [Theory]
    [InlineData("fr")]
    [InlineData("nl")]
    public async Task EveryListAndItemIsValidHsds(string lang)
    {
        await using var app = new RepertoireApplication(ContentWithIdentifiers());
        using var client = app.CreateClient();
        foreach (var (list, schema) in new[] { ("services", "/services"), ("organizations", "/organizations"), ("taxonomies", "/taxonomies"), ("taxonomy_terms", "/taxonomy_terms") })
        {
            foreach (var full in new[] { "", "&full=true" })
            {
                if (full.Length > 0 && list.StartsWith("taxonom", StringComparison.Ordinal)) continue;
                var page = await GetJsonAsync(client, $"/api/hsds/{list}?lang={lang}{full}");
                AssertValid(page, HsdsSchemaValidator.ResponseOf(schema));
                Assert.True(page.GetProperty("total_items").GetInt32() > 0, list);
                foreach (var item in page.GetProperty("contents").EnumerateArray())
                {
                    var one = await GetJsonAsync(client, $"/api/hsds/{list}/{item.GetProperty("id").GetString()}?lang={lang}");
                    var objectSchema = list switch
                    {
                        "services" => "service.json", "organizations" => "organization.json",
                        "taxonomies" => "taxonomy.json", _ => "taxonomy_term.json",
                    };
                    AssertValid(one, objectSchema);
                    // The compiled (self-contained) schemas must agree.
                    if (list is "services" or "organizations") AssertValid(one, $"compiled/{objectSchema}");
                }
            }
        }
    }

    [Fact]
    public async Task BundledDirectoryIsValidHsds()
    {
        await using var app = new RepertoireApplication(TestPaths.BundledContent);
        using var client = app.CreateClient();
        var services = await GetJsonAsync(client, "/api/hsds/services?per_page=100&full=true");
        AssertValid(services, HsdsSchemaValidator.ResponseOf("/services"));
        foreach (var service in services.GetProperty("contents").EnumerateArray()) AssertValid(service, "service.json");
        Assert.True(services.GetProperty("total_items").GetInt32() >= 50);
        var organizations = await GetJsonAsync(client, "/api/hsds/organizations?lang=nl&per_page=100&full=true");
        foreach (var organization in organizations.GetProperty("contents").EnumerateArray()) AssertValid(organization, "organization.json");
    }

    [Fact]
    public async Task OrganizationCarriesKboAndRegionalIdsAsIdentifiers()
    {
        await using var app = new RepertoireApplication(ContentWithIdentifiers());
        using var client = app.CreateClient();
        var id = HsdsMapper.OrganizationId("cpas-test-jette");
        var organization = await GetJsonAsync(client, $"/api/hsds/organizations/{id}");
        var identifiers = organization.GetProperty("organization_identifiers").EnumerateArray()
            .Select(i => (Scheme: i.TryGetProperty("identifier_scheme", out var s) ? s.GetString() : null, Type: i.GetProperty("identifier_type").GetString(), Value: i.GetProperty("identifier").GetString()))
            .ToList();
        Assert.Equal(("BE-BCE_KBO", "KBO/BCE enterprise number", "0212347945"), identifiers[0]);
        Assert.Contains((null, "Bruxelles-Social ID", "4242"), identifiers);
        Assert.Contains((null, "Sociale Kaart ID", "sk-77"), identifiers);
    }

    [Fact]
    public async Task SameUuidsInBothLanguagesWithTextsInTheAskedOne()
    {
        await using var app = new RepertoireApplication();
        using var client = app.CreateClient();
        var id = HsdsMapper.ServiceId("epicerie-test-schaerbeek");
        var fr = await GetJsonAsync(client, $"/api/hsds/services/{id}?lang=fr");
        var response = await client.GetAsync($"/api/hsds/services/{id}?lang=nl");
        Assert.Equal("nl", Assert.Single(response.Content.Headers.ContentLanguage));
        var nl = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(id.ToString(), nl.GetProperty("id").GetString());
        Assert.Equal("Épicerie sociale de test", fr.GetProperty("name").GetString());
        Assert.Equal("Sociale kruidenier (test)", nl.GetProperty("name").GetString());
        var address = nl.GetProperty("service_at_locations")[0].GetProperty("location").GetProperty("addresses")[0];
        Assert.Equal("Schaarbeek", address.GetProperty("city").GetString());
        Assert.Equal("Teststraat 1", address.GetProperty("address_1").GetString());
        Assert.Equal("BE", address.GetProperty("country").GetString());
    }

    [Fact]
    public async Task ListingKnownOnlyInDutchFallsBackInFrench()
    {
        await using var app = new RepertoireApplication();
        using var client = app.CreateClient();
        var fr = await GetJsonAsync(client, $"/api/hsds/services/{HsdsMapper.ServiceId("infirmiers-test-jette")}?lang=fr");
        Assert.Equal("Thuisverpleging Test Jette", fr.GetProperty("name").GetString());
    }

    [Fact]
    public async Task PaginationFollowsTheHsdsPageFields()
    {
        await using var app = new RepertoireApplication();
        using var client = app.CreateClient();
        var first = await GetJsonAsync(client, "/api/hsds/services?per_page=2");
        var last = await GetJsonAsync(client, "/api/hsds/services?per_page=2&page=2");
        Assert.Equal((3, 2, 1, 2, true, false, false), Page(first));
        Assert.Equal((3, 2, 2, 1, false, true, false), Page(last));
        var ids = first.GetProperty("contents").EnumerateArray().Concat(last.GetProperty("contents").EnumerateArray()).Select(c => c.GetProperty("id").GetString());
        Assert.Equal(3, ids.Distinct().Count());
        var beyond = await GetJsonAsync(client, "/api/hsds/services?per_page=2&page=5");
        Assert.True(beyond.GetProperty("empty").GetBoolean());
    }

    private static (int, int, int, int, bool, bool, bool) Page(JsonElement p) => (
        p.GetProperty("total_items").GetInt32(), p.GetProperty("total_pages").GetInt32(), p.GetProperty("page_number").GetInt32(),
        p.GetProperty("size").GetInt32(), p.GetProperty("first_page").GetBoolean(), p.GetProperty("last_page").GetBoolean(), p.GetProperty("empty").GetBoolean());

    private static async Task<string[]> ServiceNamesAsync(HttpClient client, string query)
    {
        var page = await GetJsonAsync(client, "/api/hsds/services?" + query);
        return page.GetProperty("contents").EnumerateArray().Select(c => c.GetProperty("name").GetString()!).Order(StringComparer.Ordinal).ToArray();
    }

    [Fact]
    public async Task TaxonomyTermFilterIncludesSubNeeds()
    {
        await using var app = new RepertoireApplication();
        using var client = app.CreateClient();
        // aide-materielle is the parent of aide-alimentaire.
        var names = await ServiceNamesAsync(client, $"taxonomy_term_id={HsdsMapper.TermId("needs", "aide-materielle")}");
        Assert.Equal(["Centre de test du Pentagone", "Épicerie sociale de test"], names);
        var leaf = await ServiceNamesAsync(client, $"taxonomy_term_id={HsdsMapper.TermId("needs", "aide-alimentaire")}");
        Assert.Equal(["Épicerie sociale de test"], leaf);
    }

    [Fact]
    public async Task SearchOrganizationAndModifiedAfterFiltersCombine()
    {
        await using var app = new RepertoireApplication();
        using var client = app.CreateClient();
        Assert.Equal(["Épicerie sociale de test"], await ServiceNamesAsync(client, "search=EPICERIE"));
        Assert.Equal(["Épicerie sociale de test"], await ServiceNamesAsync(client, "search=colis%20petit%20prix"));
        Assert.Equal(["Thuisverpleging Test Jette"], await ServiceNamesAsync(client, $"organization_id={HsdsMapper.OrganizationId("infirmiers-test-jette")}"));
        Assert.Equal(["Épicerie sociale de test"], await ServiceNamesAsync(client, "modified_after=2026-09-01T00:00:00Z"));
        Assert.Empty(await ServiceNamesAsync(client, "modified_after=2026-09-02"));
        Assert.Empty(await ServiceNamesAsync(client, $"search=colis&organization_id={HsdsMapper.OrganizationId("infirmiers-test-jette")}"));
    }

    [Fact]
    public async Task TaxonomyTermsCanBeFilteredByTaxonomyParentAndTop()
    {
        await using var app = new RepertoireApplication();
        using var client = app.CreateClient();
        var needs = await GetJsonAsync(client, $"/api/hsds/taxonomy_terms?taxonomy_id={HsdsMapper.TaxonomyId("needs")}&lang=nl");
        Assert.Equal(4, needs.GetProperty("total_items").GetInt32());
        Assert.All(needs.GetProperty("contents").EnumerateArray(), t => Assert.Equal("nl", t.GetProperty("language").GetString()));
        var children = await GetJsonAsync(client, $"/api/hsds/taxonomy_terms?parent_id={HsdsMapper.TermId("needs", "soins-domicile")}");
        Assert.Equal("soins-infirmiers-domicile", Assert.Single(children.GetProperty("contents").EnumerateArray()).GetProperty("code").GetString());
        var top = await GetJsonAsync(client, $"/api/hsds/taxonomy_terms?taxonomy_id={HsdsMapper.TaxonomyId("needs")}&top_only=true");
        Assert.Equal(2, top.GetProperty("total_items").GetInt32());
    }

    [Theory]
    [InlineData("/api/hsds/services/00000000-0000-0000-0000-000000000000", HttpStatusCode.NotFound)]
    [InlineData("/api/hsds/organizations/not-a-uuid", HttpStatusCode.NotFound)]
    [InlineData("/api/hsds/taxonomy_terms/00000000-0000-0000-0000-000000000000", HttpStatusCode.NotFound)]
    [InlineData("/api/hsds/services?page=0", HttpStatusCode.BadRequest)]
    [InlineData("/api/hsds/services?per_page=101", HttpStatusCode.BadRequest)]
    [InlineData("/api/hsds/services?taxonomy_term_id=aide", HttpStatusCode.BadRequest)]
    [InlineData("/api/hsds/services?modified_after=yesterday", HttpStatusCode.BadRequest)]
    [InlineData("/api/hsds/services?lang=en", HttpStatusCode.BadRequest)]
    [InlineData("/api/hsds/taxonomy_terms?top_only=maybe", HttpStatusCode.BadRequest)]
    public async Task BadRequestsAnswerProblemDocuments(string url, HttpStatusCode status)
    {
        await using var app = new RepertoireApplication();
        using var client = app.CreateClient();
        var response = await client.GetAsync(url);
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
    }
}
