namespace Repertoire.Tests;

/// <summary>A fact that needs PostgreSQL: skipped, saying why, only where neither the binaries nor
/// <c>REPERTOIRE_TEST_POSTGRES</c> are there (CI installs them, so there it runs).</summary>
internal sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute() => Skip = PostgresServer.Unavailable;
}
