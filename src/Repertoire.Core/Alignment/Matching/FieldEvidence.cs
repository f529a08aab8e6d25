namespace Repertoire.Core.Alignment.Matching;

/// <summary>Per-field agreement of a pair, each in [0, 1] (1: agree) or null when a side lacks the field,
/// with the combined score.</summary>
/// <param name="Kbo">1 when a valid BCE/KBO number is shared, 0 when both have valid, different numbers.</param>
/// <param name="Name">Best bilingual name similarity.</param>
/// <param name="Address">Street (across languages), house number and postcode agreement.</param>
/// <param name="Phone">1 for a shared number (E.164), 0.5 for numbers differing in the last digit only.</param>
/// <param name="Email">1 for a shared address, 0.6 for a shared organisation domain.</param>
/// <param name="Website">1 for a shared web domain.</param>
/// <param name="Geo">Closeness of the coordinates, 1 within about 100 m.</param>
/// <param name="DistanceMetres">The distance between the coordinates, when both have them.</param>
/// <param name="LogOdds">The summed log-likelihood ratios of the fields plus the prior.</param>
/// <param name="DepartmentNames">True when one name is the other plus words of its own ("CPAS de Koekelberg -
/// Cellule énergie"): an organisation and one of its departments, often at one address.</param>
public sealed record FieldEvidence(
    double? Kbo, double? Name, double? Address, double? Phone, double? Email, double? Website, double? Geo,
    double? DistanceMetres, double LogOdds, bool DepartmentNames = false)
{
    /// <summary>True unless the names look like an organisation and its department with no phone or e-mail
    /// address of their own in common: a shared KBO number and address then prove the organisation, not the service.</summary>
    public bool IdentifiesService => !DepartmentNames || Phone == 1 || Email == 1;

    /// <summary>The combined score in [0, 1]: the logistic function of <see cref="LogOdds"/>.</summary>
    public double Score => 1 / (1 + Math.Exp(-LogOdds));

    /// <summary>The fields present, in the crosswalk's order and spelling ("kbo", "name", "address", "phone",
    /// "email", "website", "geo"), rounded to two decimals.</summary>
    public IReadOnlyList<KeyValuePair<string, double>> Fields()
    {
        var fields = new List<KeyValuePair<string, double>>(7);
        Add("kbo", Kbo); Add("name", Name); Add("address", Address); Add("phone", Phone);
        Add("email", Email); Add("website", Website); Add("geo", Geo);
        return fields;

        void Add(string name, double? value)
        {
            if (value is { } v) fields.Add(new(name, Math.Round(v, 2)));
        }
    }
}
