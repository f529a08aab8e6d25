using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;

namespace Repertoire.Core.Storage;

/// <summary>One step of the PostgreSQL schema: an embedded <c>Migrations/NNN_name.sql</c> file, applied once, in
/// order of <see cref="Version"/>.</summary>
/// <param name="Version">The step's number; versions are consecutive from 1.</param>
/// <param name="Name">The file name without its number, for the <c>schema_version</c> table and the logs.</param>
/// <param name="Sql">The statements, run in the migration's transaction.</param>
public sealed partial record SchemaMigration(int Version, string Name, string Sql)
{
    private const string Prefix = "Repertoire.Core.Storage.Migrations.";

    /// <summary>Every migration shipped with this build, in order. Throws when the numbering has a gap or a
    /// duplicate: that is a build mistake, and applying the rest would leave a schema no version describes.</summary>
    public static IReadOnlyList<SchemaMigration> All { get; } = Load();

    private static SchemaMigration[] Load()
    {
        var assembly = typeof(SchemaMigration).Assembly;
        var migrations = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => Parse(assembly, n))
            .OrderBy(m => m.Version)
            .ToArray();
        for (var i = 0; i < migrations.Length; i++)
            if (migrations[i].Version != i + 1)
                throw new InvalidOperationException($"Schema migrations must be numbered 1, 2, 3... without gaps; found {migrations[i].Version} at position {i + 1}.");
        return migrations;
    }

    private static SchemaMigration Parse(Assembly assembly, string resource)
    {
        var file = resource[Prefix.Length..^".sql".Length];
        var match = FileName().Match(file);
        if (!match.Success) throw new InvalidOperationException($"Migration file name '{file}.sql' is not NNN_name.sql.");
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return new SchemaMigration(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), match.Groups[2].Value, reader.ReadToEnd());
    }

    [GeneratedRegex(@"^(\d{3})_([a-z0-9_]+)$")]
    private static partial Regex FileName();
}
