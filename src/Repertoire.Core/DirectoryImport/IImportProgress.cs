namespace Repertoire.Core.DirectoryImport;

/// <summary>Told what an import is doing, for a progress bar on a terminal or plain lines in a log.</summary>
public interface IImportProgress
{
    /// <summary>A stage begins; <paramref name="total"/> steps, or 0 when it is not counted.</summary>
    void Stage(string name, int total);

    /// <summary>One step of the stage is done.</summary>
    void Advance();

    /// <summary>A progress that says nothing.</summary>
    static IImportProgress None { get; } = new Silent();

    private sealed class Silent : IImportProgress
    {
        public void Stage(string name, int total) { }
        public void Advance() { }
    }
}
