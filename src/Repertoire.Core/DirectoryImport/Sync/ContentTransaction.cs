using System.Text;

namespace Repertoire.Core.DirectoryImport.Sync;

/// <summary>Writes an import's files aside, then swaps them in. Every new file is first written in full to
/// <c>.import-staging/</c> inside the content folder; only when all are written does a journal (the list of moves
/// and deletions, itself written aside and renamed into place) commit the import. The moves are renames, each
/// atomic. A crash before the journal leaves the folder exactly as it was (the staging folder is cleared by the next
/// run); a crash after it is finished by the next run, so the folder always ends whole.</summary>
internal sealed class ContentTransaction
{
    public const string StagingFolder = ".import-staging";
    private const string JournalName = "journal.txt";
    private readonly string _root;
    private readonly string _staging;
    private readonly List<(string Relative, string Staged)> _writes = [];
    private readonly List<string> _deletes = [];
    private bool _stagingExists;

    public ContentTransaction(string contentRoot)
    {
        _root = contentRoot;
        _staging = Path.Combine(contentRoot, StagingFolder);
    }

    /// <summary>Finishes a committed import that was interrupted, or drops one that was not committed.</summary>
    public static void Recover(string contentRoot)
    {
        var staging = Path.Combine(contentRoot, StagingFolder);
        if (!Directory.Exists(staging)) return;
        var journal = Path.Combine(staging, JournalName);
        if (File.Exists(journal)) Apply(contentRoot, File.ReadAllLines(journal, Encoding.UTF8));
        Directory.Delete(staging, recursive: true);
    }

    public int Count => _writes.Count + _deletes.Count;

    /// <summary>Stages a file's new text; <paramref name="relative"/> is under the content folder, with '/'.</summary>
    public void Write(string relative, string text)
    {
        // Once per run, not per file: an import stages thousands of files, each mkdir a system call.
        if (!_stagingExists) Directory.CreateDirectory(_staging);
        _stagingExists = true;
        var staged = Path.Combine(_staging, _writes.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".tmp");
        File.WriteAllText(staged, text, new UTF8Encoding(false));
        _writes.Add((relative, staged));
    }

    public void Delete(string relative) => _deletes.Add(relative);

    /// <summary>Commits and applies the staged changes.</summary>
    public void Commit()
    {
        if (Count == 0) return;
        Directory.CreateDirectory(_staging);
        var lines = _writes.Select(w => $"move\t{Path.GetFileName(w.Staged)}\t{w.Relative}")
            .Concat(_deletes.Select(d => $"delete\t\t{d}")).ToArray();
        var pending = Path.Combine(_staging, JournalName + ".tmp");
        File.WriteAllLines(pending, lines, new UTF8Encoding(false));
        // The rename is the commit point.
        File.Move(pending, Path.Combine(_staging, JournalName));
        Apply(_root, lines);
        Directory.Delete(_staging, recursive: true);
    }

    private static void Apply(string root, IEnumerable<string> lines)
    {
        var staging = Path.Combine(root, StagingFolder);
        var folders = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in lines)
        {
            var parts = line.Split('\t');
            if (parts.Length != 3) continue;
            var target = Path.Combine(root, parts[2]);
            if (parts[0] == "move")
            {
                var staged = Path.Combine(staging, parts[1]);
                // Already moved by an interrupted run: nothing left to do for this file.
                if (!File.Exists(staged)) continue;
                var folder = Path.GetDirectoryName(target)!;
                if (folders.Add(folder)) Directory.CreateDirectory(folder);
                File.Move(staged, target, overwrite: true);
            }
            else if (parts[0] == "delete" && File.Exists(target))
            {
                File.Delete(target);
            }
        }
    }
}
