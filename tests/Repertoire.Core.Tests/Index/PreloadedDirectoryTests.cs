using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Repertoire.Core.Analysis.Common;
using Repertoire.Core.Index;

namespace Repertoire.Core.Tests.Index;

public sealed class PreloadedDirectoryTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "repertoire-tests", Guid.NewGuid().ToString("n"));

    [Fact]
    public void NumbersReadBackAsLuceneWroteThem()
    {
        long[] longs = [0, 1, -1, 127, 128, 16_383, 16_384, int.MaxValue, int.MinValue, long.MaxValue, long.MinValue];
        var bytes = new byte[1024];
        var output = new ByteArrayDataOutput(bytes);
        foreach (var value in longs)
        {
            output.WriteInt16((short)value);
            output.WriteInt32((int)value);
            output.WriteInt64(value);
            output.WriteVInt32((int)value);
            if (value >= 0) output.WriteVInt64(value);
        }
        output.WriteString("déjà vu");
        var input = new ByteArrayIndexInput("test", bytes, 0, output.Position);

        foreach (var value in longs)
        {
            Assert.Equal((short)value, input.ReadInt16());
            Assert.Equal((int)value, input.ReadInt32());
            Assert.Equal(value, input.ReadInt64());
            Assert.Equal((int)value, input.ReadVInt32());
            if (value >= 0) Assert.Equal(value, input.ReadVInt64());
        }
        Assert.Equal("déjà vu", input.ReadString());
        Assert.Equal(output.Position, input.Position);
    }

    [Fact]
    public void ReadingPastTheEndOfASliceFailsLikeAFile()
    {
        byte[] bytes = [1, 2, 3, 4, 5, 6, 7, 8];
        var slice = new ByteArrayIndexInput("test", bytes, 0, bytes.Length).Slice("middle", 2, 4);

        Assert.Equal(0x03040506, slice.ReadInt32());
        Assert.Throws<EndOfStreamException>(() => slice.ReadByte());
        slice.Seek(3);
        Assert.Throws<EndOfStreamException>(() => slice.ReadInt16());
        Assert.Throws<EndOfStreamException>(() => slice.Seek(5));
    }

    [Fact]
    public void ClonesReadOnTheirOwn()
    {
        byte[] bytes = [10, 20, 30];
        var input = new ByteArrayIndexInput("test", bytes, 0, bytes.Length);
        input.ReadByte();
        var clone = (IndexInput)input.Clone();

        Assert.Equal(20, clone.ReadByte());
        Assert.Equal(30, clone.ReadByte());
        Assert.Equal(20, input.ReadByte());
    }

    [Fact]
    public void AnIndexWrittenThereIsOnDiskAndSearchableAfterReopening()
    {
        using (var directory = new PreloadedDirectory(new DirectoryInfo(_path)))
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersions.Current, new WhitespaceAnalyzer(LuceneVersions.Current))))
        {
            for (var i = 0; i < 100; i++) writer.AddDocument([new StringField("id", $"doc{i}", Field.Store.YES), new TextField("text", $"word{i % 7} common", Field.Store.NO)]);
            writer.Commit();
            // Compound files of small flushed segments are read through slices.
            writer.AddDocument([new StringField("id", "late", Field.Store.YES), new TextField("text", "word3", Field.Store.NO)]);
            writer.Commit();
        }

        Assert.Contains(System.IO.Directory.EnumerateFiles(_path), f => Path.GetFileName(f).StartsWith("segments_", StringComparison.Ordinal));
        using var reopened = new PreloadedDirectory(new DirectoryInfo(_path));
        using var reader = DirectoryReader.Open(reopened);
        var searcher = new IndexSearcher(reader);
        Assert.Equal(101, searcher.Search(new TermQuery(new Term("text", "common")), 200).TotalHits + 1);
        Assert.Equal(15, searcher.Search(new TermQuery(new Term("text", "word3")), 200).TotalHits);
    }

    public void Dispose()
    {
        try { System.IO.Directory.Delete(_path, recursive: true); }
        catch (IOException) { }
    }
}
