using Lucene.Net.Facet;
using Lucene.Net.Facet.SortedSet;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Repertoire.Core.Index;

/// <summary>
/// The facet ordinals of one index view, read once from Lucene.Net.Facet's doc values: each document's ordinals
/// (<see cref="Starts"/>[doc] to <see cref="Starts"/>[doc + 1] in <see cref="Ords"/>) and each ordinal's value.
/// </summary>
internal sealed class FacetTable
{
    private FacetTable(SortedSetDocValuesReaderState state, int[] starts, int[] ords, string[] labels)
    {
        State = state;
        Starts = starts;
        Ords = ords;
        Labels = labels;
    }

    /// <summary>The dimensions' ranges of ordinals.</summary>
    public SortedSetDocValuesReaderState State { get; }

    public int[] Starts { get; }

    public int[] Ords { get; }

    /// <summary>Per ordinal, the value without its dimension ("schaerbeek" of "commune/schaerbeek").</summary>
    public string[] Labels { get; }

    public static FacetTable Read(SortedSetDocValuesReaderState state, int maxDoc)
    {
        var values = state.GetDocValues();
        var starts = new int[maxDoc + 1];
        var ords = new List<int>(maxDoc * 8);
        for (var doc = 0; doc < maxDoc; doc++)
        {
            starts[doc] = ords.Count;
            values.SetDocument(doc);
            for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd()) ords.Add((int)ord);
        }
        starts[maxDoc] = ords.Count;
        var labels = new string[values.ValueCount];
        var bytes = new BytesRef();
        for (var ord = 0; ord < labels.Length; ord++)
        {
            values.LookupOrd(ord, bytes);
            var path = FacetsConfig.StringToPath(bytes.Utf8ToString());
            labels[ord] = path.Length > 1 ? path[1] : path[0];
        }
        return new FacetTable(state, starts, [.. ords], labels);
    }
}
