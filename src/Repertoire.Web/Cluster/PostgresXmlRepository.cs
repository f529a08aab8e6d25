using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Npgsql;
using Repertoire.Core.Storage;

namespace Repertoire.Web.Cluster;

/// <summary>ASP.NET Core's data-protection key ring in the shared database, so that every node protects and reads
/// cookies and antiforgery tokens with the same keys. Keys are stored as the framework gives them: anyone who can
/// read the table can forge a staff cookie, so the database's access rules guard them (docs/cluster.md).</summary>
public sealed class PostgresXmlRepository(PostgresDatabase database) : IXmlRepository
{
    private readonly NpgsqlDataSource _data = database.DataSource;

    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var command = _data.CreateCommand("SELECT xml FROM data_protection_key ORDER BY id");
        using var reader = command.ExecuteReader();
        var elements = new List<XElement>();
        while (reader.Read()) elements.Add(XElement.Parse(reader.GetString(0)));
        return elements;
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        // The framework names each key element after the key's id: storing the same one twice is a no-op.
        using var command = _data.CreateCommand("INSERT INTO data_protection_key (friendly_name, xml) VALUES ($1, $2) ON CONFLICT (friendly_name) DO NOTHING");
        command.Parameters.AddWithValue(friendlyName);
        command.Parameters.AddWithValue(element.ToString(SaveOptions.DisableFormatting));
        command.ExecuteNonQuery();
    }
}
