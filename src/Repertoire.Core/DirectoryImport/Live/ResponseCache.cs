namespace Repertoire.Core.DirectoryImport.Live;

/// <summary>Raw answers of the directories, one file each, so that a run stopped half-way (a crash, Ctrl-C, a
/// directory down) asks again only what it had not received. Written aside and renamed, so a file in the cache is
/// always a whole answer. Cleared when a run completes, so the next run reads the directories afresh.</summary>
internal sealed class ResponseCache(string folder)
{
    public byte[]? Get(string key)
    {
        var file = Path.Combine(folder, key);
        return File.Exists(file) ? File.ReadAllBytes(file) : null;
    }

    public bool Has(string key) => File.Exists(Path.Combine(folder, key));

    public void Put(string key, byte[] content)
    {
        var file = Path.Combine(folder, key);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var pending = file + ".tmp";
        File.WriteAllBytes(pending, content);
        File.Move(pending, file, overwrite: true);
    }

    public void Clear()
    {
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }
}
