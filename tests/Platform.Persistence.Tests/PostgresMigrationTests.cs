using Microsoft.EntityFrameworkCore;
using Npgsql;
using Platform.Sdk.Persistence;

namespace Platform.Persistence.Tests;

/// <summary>
/// Applies every store's PostgreSQL migrations to one fresh database, as a deployment shares one database
/// with a schema per module. Runs when PLATFORM_TEST_POSTGRES holds a connection string whose role may
/// create databases; the database is created with a unique name and dropped afterwards.
/// </summary>
public sealed class PostgresMigrationTests
{
    public const string ConnectionVariable = "PLATFORM_TEST_POSTGRES";

    [Fact]
    public async Task Migrations_apply_into_one_database_with_a_schema_per_store()
    {
        var server = Environment.GetEnvironmentVariable(ConnectionVariable);
        if (string.IsNullOrWhiteSpace(server))
        {
            Assert.Skip($"{ConnectionVariable} is not set; PostgreSQL migrations were not applied.");
        }

        var cancellationToken = TestContext.Current.CancellationToken;
        await using var database = await TemporaryDatabase.CreateAsync(server, cancellationToken);

        foreach (var store in MigratedStores.All)
        {
            await using (var context = store.CreateContext(DatabaseProvider.Postgres, database.ConnectionString))
            {
                await context.Database.MigrateAsync(cancellationToken);
                Assert.Empty(await context.Database.GetPendingMigrationsAsync(cancellationToken));
            }

            // A second start over an up-to-date database must be a no-op.
            await using (var again = store.CreateContext(DatabaseProvider.Postgres, database.ConnectionString))
            {
                await again.Database.MigrateAsync(cancellationToken);
            }
        }

        var tables = await database.TablesAsync(cancellationToken);
        foreach (var store in MigratedStores.All)
        {
            Assert.All(
                store.ExpectedTables.Append("__EFMigrationsHistory"),
                table => Assert.Contains($"{store.Schema}.{table}", tables));
        }
    }

    private sealed class TemporaryDatabase : IAsyncDisposable
    {
        private readonly string _serverConnectionString;
        private readonly string _name;

        private TemporaryDatabase(string serverConnectionString, string name)
        {
            _serverConnectionString = serverConnectionString;
            _name = name;
            ConnectionString = new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = name, Pooling = false }.ToString();
        }

        public string ConnectionString { get; }

        public static async Task<TemporaryDatabase> CreateAsync(string serverConnectionString, CancellationToken cancellationToken)
        {
            var database = new TemporaryDatabase(serverConnectionString, $"platform_test_{Guid.CreateVersion7():N}");
            await database.ExecuteOnServerAsync($"CREATE DATABASE \"{database._name}\"", cancellationToken);
            return database;
        }

        public async Task<HashSet<string>> TablesAsync(CancellationToken cancellationToken)
        {
            await using var connection = new NpgsqlConnection(ConnectionString);
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand(
                "SELECT table_schema || '.' || table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE'", connection);
            var tables = new HashSet<string>(StringComparer.Ordinal);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                tables.Add(reader.GetString(0));
            }

            return tables;
        }

        public async ValueTask DisposeAsync() =>
            await ExecuteOnServerAsync($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)", CancellationToken.None);

        private async Task ExecuteOnServerAsync(string sql, CancellationToken cancellationToken)
        {
            var builder = new NpgsqlConnectionStringBuilder(_serverConnectionString) { Pooling = false };
            await using var connection = new NpgsqlConnection(builder.ToString());
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
