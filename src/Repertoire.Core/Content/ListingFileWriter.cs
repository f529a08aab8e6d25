using System.Text;

namespace Repertoire.Core.Content;

/// <summary>Edits a listing file through <see cref="FrontMatterEditor"/> and replaces it atomically: the new text is
/// written beside it, flushed to disk, then renamed over it, so a crash leaves the old file or the new one, never
/// half of each. A byte-order mark is kept if the file had one.</summary>
public static class ListingFileWriter
{
    /// <summary>Applies <paramref name="edit"/> to the file at <paramref name="path"/> and returns its text before and
    /// after. Throws <see cref="FormatException"/> when the file has no usable front matter (the file is not touched).</summary>
    public static (string Before, string After) Edit(string path, Action<FrontMatterEditor> edit)
    {
        var bytes = File.ReadAllBytes(path);
        var hasBom = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble);
        var before = new UTF8Encoding(false, true).GetString(bytes, hasBom ? 3 : 0, bytes.Length - (hasBom ? 3 : 0));
        var editor = FrontMatterEditor.Parse(before);
        edit(editor);
        if (editor.Text == before) return (before, before);
        // Not *.md: the content loader must never read a half-written temporary file.
        var temporary = Path.Combine(Path.GetDirectoryName(path)!, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, FileOptions.WriteThrough))
            {
                if (hasBom) stream.Write(Encoding.UTF8.Preamble);
                stream.Write(new UTF8Encoding(false).GetBytes(editor.Text));
                stream.Flush(flushToDisk: true);
            }
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
        return (before, editor.Text);
    }
}
