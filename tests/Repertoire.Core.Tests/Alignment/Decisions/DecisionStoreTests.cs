using Repertoire.Core.Alignment.Decisions;

namespace Repertoire.Core.Tests.Alignment.Decisions;

/// <summary>The SQLite decision store, the single-machine default.</summary>
public sealed class DecisionStoreTests : DecisionStoreBehaviour, IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("repertoire-decisions-").FullName;

    private string DatabasePath => Path.Combine(_folder, "data", "alignment.db");

    protected override IDecisionStore Open(TimeProvider clock) => new DecisionStore(DatabasePath, clock);

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
