using Repertoire.Core.DirectoryImport.Sync;

namespace Repertoire.Core.Tests.DirectoryImport.Sync;

/// <summary>Write aside, then swap: a crash before the commit point leaves the folder as it was, one after it is
/// finished by the next run.</summary>
public sealed class ContentTransactionTests
{
    [Fact]
    public void CrashBeforeCommitLeavesTheFolderExactlyAsItWas()
    {
        using var folder = new ImportFolder();
        var before = folder.Snapshot();
        var transaction = new ContentTransaction(folder.Root);
        transaction.Write("organisations/new-listing.md", "---\nname: {fr: Nouveau}\n---\n");
        transaction.Write("organisations/cpas-evere.md", "overwritten");
        // The process dies here: no Commit.
        Assert.False(File.Exists(Path.Combine(folder.Root, "organisations", "new-listing.md")));

        ContentTransaction.Recover(folder.Root);
        Assert.Equal(before, folder.Snapshot());
    }

    [Fact]
    public void CrashAfterCommitIsFinishedByTheNextRun()
    {
        using var folder = new ImportFolder();
        var staging = Path.Combine(folder.Root, ContentTransaction.StagingFolder);
        Directory.CreateDirectory(staging);
        File.WriteAllText(Path.Combine(staging, "0.tmp"), "---\nname: {fr: Nouveau}\n---\n");
        File.WriteAllLines(Path.Combine(staging, "journal.txt"), ["move\t0.tmp\torganisations/new-listing.md", "delete\t\torganisations/cpas-evere.md"]);

        ContentTransaction.Recover(folder.Root);
        Assert.Equal("---\nname: {fr: Nouveau}\n---\n", folder.Listing("new-listing"));
        Assert.False(File.Exists(Path.Combine(folder.Root, "organisations", "cpas-evere.md")));
        Assert.False(Directory.Exists(staging));
    }

    [Fact]
    public void CommitMovesEveryStagedFile()
    {
        using var folder = new ImportFolder();
        var transaction = new ContentTransaction(folder.Root);
        transaction.Write("import/provenance/x.json", "{}");
        transaction.Write("organisations/x.md", "text");
        transaction.Commit();
        Assert.Equal("text", folder.Listing("x"));
        Assert.False(Directory.Exists(Path.Combine(folder.Root, ContentTransaction.StagingFolder)));
    }
}
