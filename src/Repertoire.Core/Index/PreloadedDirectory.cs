using System.Buffers.Binary;
using Lucene.Net.Store;

namespace Repertoire.Core.Index;

/// <summary>
/// An index folder on disk whose files are read whole into memory when opened. Writes go to the folder as with
/// <see cref="NIOFSDirectory"/>, so the index survives a restart and an acknowledged edit survives a crash; reads are
/// array accesses. Lucene files are written once and never changed after they are opened for reading, so each
/// opened file is one array shared by its clones and slices, freed with the readers holding it.
/// </summary>
/// <remarks>
/// Written by hand because none of Lucene.Net's directories does this: NIOFSDirectory reads through 1 KB buffers, a
/// system call and a lock per refill (half of a search's time at 10,000 listings in a CPU profile); RAMDirectory keeps
/// writes in memory only and locks per 1 KB block; MMapDirectory was slower than both here (apache/lucenenet#1151).
/// The index of 10,000 listings is 7.5 MB, so holding it in memory costs little. See docs/benchmarks.md.
/// </remarks>
internal sealed class PreloadedDirectory : NIOFSDirectory
{
    public PreloadedDirectory(DirectoryInfo path) : base(path)
    {
    }

    public override IndexInput OpenInput(string name, IOContext context)
    {
        EnsureOpen();
        var path = System.IO.Path.Combine(Directory.FullName, name);
        var bytes = File.ReadAllBytes(path);
        return new ByteArrayIndexInput($"{nameof(PreloadedDirectory)}(path=\"{path}\")", bytes, 0, bytes.Length);
    }

    public override IndexInputSlicer CreateSlicer(string name, IOContext context)
    {
        var whole = (ByteArrayIndexInput)OpenInput(name, context);
        return new Slicer(whole);
    }

    private sealed class Slicer(ByteArrayIndexInput whole) : IndexInputSlicer
    {
        public override IndexInput OpenSlice(string sliceDescription, long offset, long length) => whole.Slice(sliceDescription, offset, length);

        [Obsolete("Only for reading CFS files from 3.x indexes.")]
        public override IndexInput OpenFullSlice() => whole.Slice("full", 0, whole.Length);

        protected override void Dispose(bool disposing)
        {
        }
    }
}

/// <summary>A Lucene index input over a range of a byte array.</summary>
internal sealed class ByteArrayIndexInput : IndexInput
{
    private readonly byte[] _bytes;
    private readonly int _start;
    private readonly int _length;
    private int _position;

    public ByteArrayIndexInput(string description, byte[] bytes, int start, int length) : base(description)
    {
        _bytes = bytes;
        _start = start;
        _length = length;
    }

    public override long Length => _length;

    public override long Position => _position;

    public override void Seek(long pos)
    {
        if (pos < 0 || pos > _length) throw new EndOfStreamException($"Seek past the end of {this}: {pos} > {_length}");
        _position = (int)pos;
    }

    public override byte ReadByte()
    {
        if (_position >= _length) throw new EndOfStreamException($"Read past the end of {this}");
        return _bytes[_start + _position++];
    }

    public override void ReadBytes(byte[] b, int offset, int len) => Take(len).CopyTo(b.AsSpan(offset, len));

    // Lucene's encodings read a whole number at a time from memory (big-endian, as Lucene writes them); the base class
    // would make a virtual call per byte. Doc values (facets) and postings read mostly through these.
    public override short ReadInt16() => BinaryPrimitives.ReadInt16BigEndian(Take(2));

    public override int ReadInt32() => BinaryPrimitives.ReadInt32BigEndian(Take(4));

    public override long ReadInt64() => BinaryPrimitives.ReadInt64BigEndian(Take(8));

    // The next `count` bytes, the position moved past them.
    private ReadOnlySpan<byte> Take(int count)
    {
        if (count > _length - _position) throw new EndOfStreamException($"Read past the end of {this}");
        var span = _bytes.AsSpan(_start + _position, count);
        _position += count;
        return span;
    }

    public override int ReadVInt32()
    {
        // Seven bits per byte, low bits first, at most five bytes (Lucene's variable-length int).
        var result = 0;
        for (var shift = 0; shift < 35; shift += 7)
        {
            var b = ReadByte();
            result |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) return result;
        }
        throw new IOException($"Invalid variable-length int in {this}");
    }

    public override long ReadVInt64()
    {
        var result = 0L;
        for (var shift = 0; shift < 63; shift += 7)
        {
            var b = ReadByte();
            result |= (long)(b & 0x7F) << shift;
            if ((b & 0x80) == 0) return result;
        }
        throw new IOException($"Invalid variable-length long in {this}");
    }

    public ByteArrayIndexInput Slice(string description, long offset, long length)
    {
        if (offset < 0 || length < 0 || offset + length > _length) throw new ArgumentOutOfRangeException(nameof(offset), $"Slice {offset}+{length} outside {this}");
        return new ByteArrayIndexInput($"{ToString()} [slice={description}]", _bytes, _start + (int)offset, (int)length);
    }

    protected override void Dispose(bool disposing)
    {
    }
}
