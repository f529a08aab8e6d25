using Repertoire.Core.Content;
using Repertoire.Core.Index;
using Repertoire.Tests;

namespace Repertoire.Core.Tests.Index;

/// <summary>
/// The fixture territory and taxonomy with a few listings written for the search tests, indexed into a
/// temporary data folder.
/// </summary>
public sealed class SearchTestContent : IDisposable
{
    public SearchTestContent()
    {
        ContentPath = TestPaths.CopyToTemp(TestPaths.FixtureContent);
        Write("epicerie-nord", """
            name: { fr: Épicerie solidaire du Nord, nl: Solidaire kruidenier Noord }
            sectors: [action-sociale]
            needs: [aide-alimentaire]
            site: { postcode: "1030", commune: schaerbeek }
            languages: [fr, ar]
            """, fr: "Colis alimentaires & produits à <petit> prix, le mardi.");
        Write("restaurant-jette", """
            name: { fr: Restaurant social de Jette }
            sectors: [action-sociale]
            needs: [aide-alimentaire]
            site: { postcode: "1090", commune: jette }
            """, fr: "Repas chauds et colis alimentaires pour les habitants de Jette.");
        Write("vestiaire-centre", """
            name: { fr: Vestiaire du Pentagone, nl: Kledingwinkel Vijfhoek }
            sectors: [action-sociale]
            needs: [aide-materielle]
            site: { postcode: "1000", commune: bruxelles, basin: centre-ouest }
            """, fr: "Vêtements de seconde main pour toute la famille.", nl: "Tweedehandskleding voor het hele gezin.");
        Write("soins-schaerbeek", """
            name: { fr: Infirmières à domicile de Schaerbeek }
            alt_names: { fr: [IDS] }
            sectors: [sante]
            needs: [soins-infirmiers-domicile]
            site: { postcode: "1030", commune: schaerbeek }
            """, fr: "Des infirmières viennent chez vous pour les soins et les pansements, sept jours sur sept.");
        DataPath = Path.Combine(Path.GetTempPath(), "repertoire-tests", Guid.NewGuid().ToString("n"));
        Content = ContentLoader.Load(ContentPath);
        Searcher = SearchIndex.OpenOrBuild(Content, DataPath);
    }

    public string ContentPath { get; }

    public string DataPath { get; }

    public ContentSet Content { get; }

    public Searcher Searcher { get; }

    /// <summary>Writes (or rewrites) a listing file of the content folder.</summary>
    public void Write(string id, string frontMatter, string? fr = null, string? nl = null)
    {
        var text = $"---\n{frontMatter.Trim()}\n---\n" + (fr is null ? "" : $"\n# fr\n{fr}\n") + (nl is null ? "" : $"\n# nl\n{nl}\n");
        File.WriteAllText(Path.Combine(ContentPath, "organisations", id + ".md"), text);
    }

    public void Dispose()
    {
        Searcher.Dispose();
        foreach (var folder in new[] { DataPath, ContentPath })
        {
            try { Directory.Delete(folder, recursive: true); }
            catch (IOException) { }
        }
    }
}
