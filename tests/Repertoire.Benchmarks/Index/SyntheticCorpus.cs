using System.Globalization;
using System.Text;
using Repertoire.Core.Content;
using Repertoire.Core.Records;

namespace Repertoire.Benchmarks.Index;

/// <summary>
/// A deterministic synthetic content folder of any size: the bundled territory and taxonomy, and listings
/// whose names and French/Dutch descriptions are assembled from the taxonomy's labels and synonyms, the
/// communes, and a list of the phrases social and health services use. The same seed gives the same files.
/// </summary>
public static class SyntheticCorpus
{
    private static readonly (string Fr, string Nl)[] Kinds =
    [
        ("Maison médicale", "Wijkgezondheidscentrum"), ("Centre de santé mentale", "Centrum voor geestelijke gezondheidszorg"),
        ("Service social", "Sociale dienst"), ("Épicerie sociale", "Sociale kruidenier"), ("Antenne du CPAS", "Antenne van het OCMW"),
        ("Centre de planning familial", "Centrum voor gezinsplanning"), ("Service d'aide à domicile", "Dienst voor thuishulp"),
        ("Maison de repos", "Woonzorgcentrum"), ("Restaurant social", "Sociaal restaurant"), ("Maison de quartier", "Buurthuis"),
        ("Service de médiation de dettes", "Dienst schuldbemiddeling"), ("Centre de jour", "Dagcentrum"),
        ("Consultation ONE", "Consultatiebureau Kind en Gezin"), ("Service de soins infirmiers", "Thuisverplegingsdienst"),
        ("Agence immobilière sociale", "Sociaal verhuurkantoor"), ("Centre d'accueil pour sans-abri", "Opvangcentrum voor daklozen"),
    ];

    private static readonly string[] Names =
    [
        "Les Tilleuls", "Le Pont", "L'Étoile", "La Passerelle", "Le Noyer", "Les Marronniers", "Horizon", "Le Relais",
        "La Clairière", "Les Amis", "Le Méridien", "La Source", "Entraide", "Solidarité", "Le Phare", "Arc-en-ciel",
        "De Brug", "Het Anker", "De Harmonie", "Le Goéland", "La Ruche", "Les Glycines", "Babel", "Le Colibri",
    ];

    private static readonly (string Fr, string Nl)[] Phrases =
    [
        ("accueil sans rendez-vous le matin", "onthaal zonder afspraak in de voormiddag"),
        ("consultations sur rendez-vous", "consultaties op afspraak"),
        ("une équipe pluridisciplinaire de médecins, d'infirmiers et d'assistants sociaux", "een multidisciplinair team van artsen, verpleegkundigen en maatschappelijk werkers"),
        ("pour les personnes en situation de précarité", "voor mensen in een kwetsbare situatie"),
        ("accompagnement des familles et des jeunes", "begeleiding van gezinnen en jongeren"),
        ("orientation vers les services adaptés du quartier", "doorverwijzing naar aangepaste diensten in de buurt"),
        ("permanence téléphonique du lundi au vendredi", "telefonische permanentie van maandag tot vrijdag"),
        ("aide administrative et accès aux droits sociaux", "administratieve hulp en toegang tot sociale rechten"),
        ("au forfait, sans frais pour les patients inscrits", "met forfait, zonder kosten voor ingeschreven patiënten"),
        ("des colis alimentaires et des repas à petit prix", "voedselpakketten en goedkope maaltijden"),
        ("soutien psychologique individuel et en groupe", "individuele en groepsbegeleiding door psychologen"),
        ("visites à domicile pour les personnes âgées", "huisbezoeken bij ouderen"),
        ("animations collectives et ateliers de prévention", "groepsactiviteiten en preventieworkshops"),
        ("interprètes disponibles sur demande", "tolken beschikbaar op aanvraag"),
        ("accès pour les personnes à mobilité réduite", "toegankelijk voor personen met een beperkte mobiliteit"),
        ("en collaboration avec le CPAS de la commune", "in samenwerking met het OCMW van de gemeente"),
    ];

    /// <summary>Writes <paramref name="count"/> listings with territory and taxonomy into <paramref name="target"/>.</summary>
    public static void Write(string target, int count, int seed = 20261202)
    {
        var source = BundledContent();
        var real = ContentLoader.Load(source);
        if (Directory.Exists(target)) Directory.Delete(target, recursive: true);
        Directory.CreateDirectory(Path.Combine(target, "organisations"));
        Directory.CreateDirectory(Path.Combine(target, "taxonomy"));
        File.Copy(Path.Combine(source, "territory.yml"), Path.Combine(target, "territory.yml"));
        foreach (var file in Directory.GetFiles(Path.Combine(source, "taxonomy")))
            File.Copy(file, Path.Combine(target, "taxonomy", Path.GetFileName(file)));

        var random = new Random(seed);
        var needs = real.Taxonomy.Needs.Where(n => n.Parent is not null).ToList();
        var sectors = real.Taxonomy.Sectors;
        var communes = real.Territory.Communes;
        for (var i = 0; i < count; i++)
        {
            var kind = Kinds[random.Next(Kinds.Length)];
            var commune = communes[random.Next(communes.Count)];
            var name = Names[random.Next(Names.Length)];
            var own = Enumerable.Range(0, random.Next(1, 4)).Select(_ => needs[random.Next(needs.Count)]).Distinct().ToList();
            var sector = sectors[random.Next(sectors.Count)];
            var id = $"synthetic-{i:00000}";
            var text = new StringBuilder();
            text.Append("---\nname:\n");
            text.Append($"  fr: \"{kind.Fr} {name} ({commune.Name.Fr})\"\n");
            if (random.Next(4) > 0) text.Append($"  nl: \"{kind.Nl} {name} ({commune.Name.Nl})\"\n");
            if (random.Next(3) == 0) text.Append($"alt_names:\n  fr: [\"{Acronym(kind.Fr)}\"]\n");
            text.Append($"sectors: [{sector.Id}]\n");
            text.Append($"needs: [{string.Join(", ", own.Select(n => n.Id))}]\n");
            text.Append($"site:\n  postcode: \"{commune.Postcodes[0]}\"\n  commune: {commune.Id}\n");
            if (commune.Basins.Count > 1) text.Append($"  basin: {commune.Basins[random.Next(commune.Basins.Count)]}\n");
            text.Append($"languages: [{(random.Next(3) == 0 ? "fr, nl, en" : random.Next(2) == 0 ? "fr" : "nl")}]\n");
            if (random.Next(5) == 0) text.Append("area_served: [region]\n");
            text.Append("---\n\n# fr\n").Append(Description(random, kind.Fr, name, commune.Name.Fr!, own, Language.Fr)).Append("\n\n");
            if (random.Next(5) > 0) text.Append("# nl\n").Append(Description(random, kind.Nl, name, commune.Name.Nl!, own, Language.Nl)).Append('\n');
            File.WriteAllText(Path.Combine(target, "organisations", id + ".md"), text.ToString());
        }
    }

    /// <summary>The bundled content folder (the repository's content/).</summary>
    public static string BundledContent()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Repertoire.sln"))) return Path.Combine(dir.FullName, "content");
        }
        throw new InvalidOperationException("Repertoire.sln not found above " + AppContext.BaseDirectory);
    }

    private static string Description(Random random, string kind, string name, string commune, List<TaxonomyTerm> needs, Language language)
    {
        var fr = language == Language.Fr;
        var text = new StringBuilder();
        text.Append(fr ? $"**{kind} {name}** à {commune}. " : $"**{kind} {name}** in {commune}. ");
        foreach (var need in needs)
        {
            var words = need.Synonyms.In(language);
            var label = need.Label.In(language) ?? "";
            text.Append(fr ? $"Le service propose {label.ToLower(CultureInfo.GetCultureInfo("fr-BE"))}" : $"De dienst biedt {label.ToLower(CultureInfo.GetCultureInfo("nl-BE"))}");
            if (words.Count > 0) text.Append(fr ? " : " : ": ").Append(string.Join(", ", words.OrderBy(_ => random.Next()).Take(3)));
            text.Append(". ");
        }
        for (var k = random.Next(2, 6); k > 0; k--)
        {
            var phrase = Phrases[random.Next(Phrases.Length)];
            var sentence = fr ? phrase.Fr : phrase.Nl;
            text.Append(char.ToUpper(sentence[0], CultureInfo.InvariantCulture)).Append(sentence[1..]).Append(". ");
        }
        return text.ToString().TrimEnd();
    }

    private static string Acronym(string kind) =>
        new(kind.Split(' ', '\'').Where(w => w.Length > 2).Select(w => char.ToUpperInvariant(w[0])).ToArray());
}
