using Repertoire.Core.Records;

namespace Repertoire.Web.Pages.Shared;

/// <summary>
/// Where each commune sits on the home page's schematic tile map of Brussels: one square per commune, placed roughly
/// as on a map (north at the top). Keyed by the communes' Statbel NIS codes, which are facts about the region, so the
/// content folder stays the only source of ids; a commune without a known place goes in an extra row below.
/// </summary>
public static class CommuneTiles
{
    /// <summary>Columns of the grid.</summary>
    public const int Columns = 6;

    // NIS code -> (row, column), from the communes' relative positions.
    private static readonly Dictionary<string, (int Row, int Column)> Places = new(StringComparer.Ordinal)
    {
        ["21008"] = (0, 1), // Ganshoren
        ["21010"] = (0, 2), // Jette
        ["21004"] = (0, 3), // Bruxelles (Laeken, Neder-Over-Heembeek, Haren, the centre)
        ["21015"] = (0, 4), // Schaerbeek
        ["21006"] = (0, 5), // Evere
        ["21003"] = (1, 0), // Berchem-Sainte-Agathe
        ["21011"] = (1, 1), // Koekelberg
        ["21012"] = (1, 2), // Molenbeek-Saint-Jean
        ["21014"] = (1, 3), // Saint-Josse-ten-Noode
        ["21005"] = (1, 4), // Etterbeek
        ["21018"] = (1, 5), // Woluwe-Saint-Lambert
        ["21001"] = (2, 1), // Anderlecht
        ["21013"] = (2, 2), // Saint-Gilles
        ["21009"] = (2, 3), // Ixelles
        ["21002"] = (2, 4), // Auderghem
        ["21019"] = (2, 5), // Woluwe-Saint-Pierre
        ["21007"] = (3, 2), // Forest
        ["21016"] = (3, 3), // Uccle
        ["21017"] = (3, 4), // Watermael-Boitsfort
    };

    /// <summary>The grid place (0-based row and column) of every commune.</summary>
    public static IReadOnlyList<(Commune Commune, int Row, int Column)> Layout(IEnumerable<Commune> communes)
    {
        var placed = new List<(Commune, int, int)>();
        var unplaced = new List<Commune>();
        foreach (var commune in communes)
        {
            if (commune.Nis is not null && Places.TryGetValue(commune.Nis, out var place)) placed.Add((commune, place.Row, place.Column));
            else unplaced.Add(commune);
        }
        var nextRow = placed.Count == 0 ? 0 : placed.Max(p => p.Item2) + 1;
        placed.AddRange(unplaced.Select((c, i) => (c, nextRow + i / Columns, i % Columns)));
        return placed;
    }
}
