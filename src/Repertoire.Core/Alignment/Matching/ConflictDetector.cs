namespace Repertoire.Core.Alignment.Matching;

/// <summary>Lists the fields on which the two records of a pair disagree, with the values as each directory writes them.</summary>
internal static class ConflictDetector
{
    public static IReadOnlyList<FieldConflict> Detect(PreparedRecord a, PreparedRecord b, FieldEvidence evidence)
    {
        var conflicts = new List<FieldConflict>();
        if (evidence.Kbo == 0) Add("kbo", a.Record.Kbos, b.Record.Kbos);
        if (evidence.Phone is < 1) Add("phone", a.Record.Phones, b.Record.Phones);
        if (evidence.Email is < 1) Add("email", a.Record.Emails, b.Record.Emails);
        if (evidence.Website is < 1) Add("website", a.Record.Websites, b.Record.Websites);
        if (evidence.Address is < 0.95 && a.Record.PrimaryAddress is { } x && b.Record.PrimaryAddress is { } y)
            conflicts.Add(new FieldConflict("address", x.ToString(), y.ToString()));
        return conflicts;

        void Add(string field, IReadOnlyList<string> left, IReadOnlyList<string> right)
        {
            if (left.Count > 0 && right.Count > 0) conflicts.Add(new FieldConflict(field, left[0], right[0]));
        }
    }
}
