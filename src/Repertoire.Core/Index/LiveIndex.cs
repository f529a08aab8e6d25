using System.Collections.Frozen;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Repertoire.Core.Analysis.Common;
using Repertoire.Core.Content;
using Repertoire.Core.Records;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Repertoire.Core.Index;

/// <summary>
/// One open Lucene index folder: its writer (when this process owns it), the searcher manager that gives
/// near-real-time views, the listings by id, and the vocabulary of the typo correction (rebuilt in the
/// background after edits, the previous one serving meanwhile).
/// </summary>
internal sealed class LiveIndex : IDisposable
{
    private readonly LuceneDirectory _directory;
    private readonly IndexWriter? _writer;
    private readonly SearcherManager _manager;
    private readonly object _applying = new();
    private Dictionary<string, string> _hashes;
    private volatile FrozenDictionary<string, Organisation> _catalog;
    private volatile ContentSet _content;
    private volatile Vocabulary _vocabulary;
    private int _vocabularyBuilds;
    private bool _disposed;

    private LiveIndex(string path, LuceneDirectory directory, IndexWriter? writer, AnalyzerSet analyzers, string structure,
        ContentSet content, Dictionary<string, string> hashes)
    {
        Path = path;
        _directory = directory;
        _writer = writer;
        Analyzers = analyzers;
        Structure = structure;
        _manager = writer is not null
            ? new SearcherManager(writer, applyAllDeletes: true, new ListingSearcher.Factory())
            : new SearcherManager(directory, new ListingSearcher.Factory());
        _hashes = hashes;
        _content = content;
        _catalog = content.Organisations.ToFrozenDictionary(o => o.Id, StringComparer.Ordinal);
        var view = Acquire();
        try { _vocabulary = Vocabulary.Of(view.IndexReader); }
        finally { Release(view); }
    }

    public string Path { get; }

    public AnalyzerSet Analyzers { get; }

    public string Structure { get; }

    public ContentSet Content => _content;

    public FrozenDictionary<string, Organisation> Catalog => _catalog;

    public Vocabulary Vocabulary => _vocabulary;

    public ListingSearcher Acquire() => (ListingSearcher)_manager.Acquire();

    public void Release(ListingSearcher searcher) => _manager.Release(searcher);

    /// <summary>Opens the index in <paramref name="path"/> (complete, of this structure) and brings it up to date with the content.</summary>
    public static LiveIndex Open(string path, ContentSet content, string structure)
    {
        var analyzers = AnalyzerSet.Load(path) ?? throw new InvalidDataException($"{path} has no analysis word lists.");
        var directory = SearchIndex.OpenDirectory(path);
        IndexWriter? writer = null;
        try
        {
            writer = new IndexWriter(directory, WriterConfig(analyzers, OpenMode.APPEND));
        }
        catch (LockObtainFailedException)
        {
            // Another process (the site) owns the index: read it as it is, without updating it.
        }
        var hashes = ReadHashes(directory);
        var index = new LiveIndex(path, directory, writer, analyzers, structure, content, hashes);
        if (writer is not null) index.Apply(content);
        return index;
    }

    /// <summary>Writes a complete index of <paramref name="content"/> into the empty folder <paramref name="path"/>.</summary>
    public static void Build(string path, ContentSet content, string structure, IProgress<int>? progress)
    {
        var analyzers = AnalyzerSet.For(content);
        using var directory = SearchIndex.OpenDirectory(path);
        using var writer = new IndexWriter(directory, WriterConfig(analyzers, OpenMode.CREATE));
        var taxonomy = new TaxonomyExpander(content.Taxonomy);
        var listings = content.Organisations;
        var written = 0;
        // IndexWriter takes documents from several threads; analysis is most of the work.
        Parallel.ForEach(listings, listing =>
        {
            writer.AddDocument(ListingFields.Create(listing, content, taxonomy, ContentFingerprint.Listing(listing)));
            var n = Interlocked.Increment(ref written);
            if (n % 1000 == 0) progress?.Report(n);
        });
        // One segment: the parallel writers leave several, and every term a query looks up is then sought in each of
        // them (term lookups were 40 % of a search's time at 10,000 listings with five segments). Edits later add
        // small segments that the merge policy folds in as usual.
        writer.ForceMerge(1);
        writer.SetCommitData(new Dictionary<string, string> { ["structure"] = structure, ["schema"] = ListingFields.SchemaVersion.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        writer.Commit();
        analyzers.Save(path);
        progress?.Report(listings.Count);
    }

    /// <summary>Whether <paramref name="path"/> holds a complete index of this structure and schema.</summary>
    public static bool IsComplete(string path, string structure)
    {
        if (!System.IO.Directory.Exists(path) || !File.Exists(System.IO.Path.Combine(path, "analysis-words.txt"))) return false;
        try
        {
            using var directory = FSDirectory.Open(path);
            if (!DirectoryReader.IndexExists(directory)) return false;
            var commit = DirectoryReader.ListCommits(directory).Last();
            return commit.UserData.TryGetValue("structure", out var s) && s == structure
                && commit.UserData.TryGetValue("schema", out var v) && v == ListingFields.SchemaVersion.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return false;
        }
    }

    /// <summary>Writes the listings that changed, deletes the removed ones, commits and refreshes. False when the structure changed.</summary>
    public bool Apply(ContentSet content)
    {
        lock (_applying)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_writer is null || ContentFingerprint.Structure(content) != Structure) return false;
            var hashes = new Dictionary<string, string>(content.Organisations.Count, StringComparer.Ordinal);
            var changed = new List<Organisation>();
            foreach (var listing in content.Organisations)
            {
                var hash = ContentFingerprint.Listing(listing);
                hashes[listing.Id] = hash;
                if (!_hashes.TryGetValue(listing.Id, out var old) || old != hash) changed.Add(listing);
            }
            var removed = _hashes.Keys.Where(id => !hashes.ContainsKey(id)).ToList();
            if (changed.Count > 0 || removed.Count > 0)
            {
                var taxonomy = new TaxonomyExpander(content.Taxonomy);
                foreach (var listing in changed)
                    _writer.UpdateDocument(new Term(ListingFields.Id, listing.Id), ListingFields.Create(listing, content, taxonomy, hashes[listing.Id]));
                foreach (var id in removed) _writer.DeleteDocuments(new Term(ListingFields.Id, id));
                // Until the refresh, the previous view may still find removed listings: keep them showable.
                var both = new Dictionary<string, Organisation>(_catalog, StringComparer.Ordinal);
                foreach (var listing in content.Organisations) both[listing.Id] = listing;
                _catalog = both.ToFrozenDictionary(StringComparer.Ordinal);
                _writer.Commit();
                _manager.MaybeRefreshBlocking();
                RebuildVocabularyLater();
            }
            _hashes = hashes;
            _content = content;
            _catalog = content.Organisations.ToFrozenDictionary(o => o.Id, StringComparer.Ordinal);
            return true;
        }
    }

    // The vocabulary only steers corrections and completions; a stale one for a moment costs nothing else.
    private void RebuildVocabularyLater()
    {
        if (Interlocked.Increment(ref _vocabularyBuilds) != 1) return;
        _ = Task.Run(() =>
        {
            do
            {
                Volatile.Write(ref _vocabularyBuilds, 1);
                ListingSearcher view;
                try { view = Acquire(); }
                catch (ObjectDisposedException) { return; }
                try { _vocabulary = Vocabulary.Of(view.IndexReader); }
                catch (ObjectDisposedException) { return; }
                finally { Release(view); }
            }
            while (Interlocked.CompareExchange(ref _vocabularyBuilds, 0, 1) != 1);
        });
    }

    private static Dictionary<string, string> ReadHashes(LuceneDirectory directory)
    {
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!DirectoryReader.IndexExists(directory)) return hashes;
        using var reader = DirectoryReader.Open(directory);
        var live = MultiFields.GetLiveDocs(reader);
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            if (live is not null && !live.Get(doc)) continue;
            var stored = reader.Document(doc);
            if (stored.Get(ListingFields.Id) is { } id) hashes[id] = stored.Get(ListingFields.Hash) ?? "";
        }
        return hashes;
    }

    private static IndexWriterConfig WriterConfig(AnalyzerSet analyzers, OpenMode mode) =>
        new(LuceneVersions.Current, analyzers.Index)
        {
            OpenMode = mode,
            Similarity = new BM25Similarity(),
            RAMBufferSizeMB = 64,
        };

    public void Dispose()
    {
        lock (_applying)
        {
            if (_disposed) return;
            _disposed = true;
            _manager.Dispose();
            _writer?.Dispose();
            _directory.Dispose();
        }
    }
}
