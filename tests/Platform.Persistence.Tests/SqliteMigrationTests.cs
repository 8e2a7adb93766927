using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Platform.Sdk.Persistence;

namespace Platform.Persistence.Tests;

/// <summary>Applies each store's SQLite migrations to a real database file, as the host does (one file per schema).</summary>
public sealed class SqliteMigrationTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("platform-sqlite-").FullName;

    [Theory]
    [MemberData(nameof(MigratedStores.Schemas), MemberType = typeof(MigratedStores))]
    public async Task Migrations_apply_and_create_the_tables(string schema)
    {
        var store = MigratedStores.Named(schema);
        var cancellationToken = TestContext.Current.CancellationToken;
        var connectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(_directory, schema + ".db") }.ToString();

        await using (var context = store.CreateContext(DatabaseProvider.Sqlite, connectionString))
        {
            await context.Database.MigrateAsync(cancellationToken);
            Assert.Empty(await context.Database.GetPendingMigrationsAsync(cancellationToken));

            var tables = await TablesAsync(connectionString, cancellationToken);
            Assert.All(store.ExpectedTables, table => Assert.Contains(table, tables));
            Assert.All(context.Model.GetEntityTypes().Select(e => e.GetTableName()!), table => Assert.Contains(table, tables));
        }

        // The host migrates at every start: a second run over an up-to-date database must be a no-op.
        await using (var again = store.CreateContext(DatabaseProvider.Sqlite, connectionString))
        {
            await again.Database.MigrateAsync(cancellationToken);
        }
    }

    public void Dispose()
    {
        // Pooled connections keep the files open; release them so the folder can go.
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private static async Task<HashSet<string>> TablesAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table'";
        var tables = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
    }
}
