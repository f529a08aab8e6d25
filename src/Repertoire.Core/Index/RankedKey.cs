namespace Repertoire.Core.Index;

/// <summary>A matching listing with what ranks it: units matched, place tier, score (ties broken by name).</summary>
internal readonly record struct RankedKey(int Row, int Matched, int Place, double Score)
{
    // The first `wanted` keys in ranking order, without sorting the rest.
    public static List<RankedKey> Top(List<RankedKey> keys, int wanted, int[] nameRank)
    {
        var order = new Order(nameRank);
        if (wanted >= keys.Count / 2)
        {
            keys.Sort(order);
            if (keys.Count > wanted) keys.RemoveRange(wanted, keys.Count - wanted);
            return keys;
        }
        // A heap whose root is the worst key kept.
        var heap = new PriorityQueue<RankedKey, RankedKey>(wanted + 1, Comparer<RankedKey>.Create((a, b) => order.Compare(b, a)));
        foreach (var key in keys)
        {
            if (heap.Count < wanted) heap.Enqueue(key, key);
            else if (order.Compare(key, heap.Peek()) < 0) heap.EnqueueDequeue(key, key);
        }
        var top = new List<RankedKey>(heap.Count);
        while (heap.TryDequeue(out var key, out _)) top.Add(key);
        top.Sort(order);
        return top;
    }

    // More matched units first, then listings in (or serving) the places named, then the higher score, then the name.
    private sealed class Order(int[] nameRank) : IComparer<RankedKey>
    {
        public int Compare(RankedKey a, RankedKey b) =>
            a.Matched != b.Matched ? b.Matched.CompareTo(a.Matched)
            : a.Place != b.Place ? b.Place.CompareTo(a.Place)
            : a.Score != b.Score ? b.Score.CompareTo(a.Score) : nameRank[a.Row].CompareTo(nameRank[b.Row]);
    }
}
