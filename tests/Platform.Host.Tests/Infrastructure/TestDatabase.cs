using Npgsql;

namespace Platform.Host.Tests.Infrastructure;

/// <summary>
/// The database a test host runs on: a SQLite data folder, or a fresh PostgreSQL database on the server named by
/// PLATFORM_TEST_POSTGRES (created for the test and dropped after it).
/// </summary>
public sealed class TestDatabase : IDisposable
{
    public const string PostgresVariable = "PLATFORM_TEST_POSTGRES";

    private readonly string? _adminConnectionString;
    private readonly string? _databaseName;

    private TestDatabase(string provider, string? connectionString, string? adminConnectionString, string? databaseName)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _adminConnectionString = adminConnectionString;
        _databaseName = databaseName;
    }

    public static TheoryData<string> Providers => new("sqlite", "postgres");

    public string Provider { get; }

    public string? ConnectionString { get; }

    /// <summary>Creates the database, or skips the test (with the reason) when PostgreSQL is not configured.</summary>
    public static TestDatabase Create(string provider)
    {
        if (provider == "sqlite")
        {
            return new TestDatabase("sqlite", null, null, null);
        }

        var admin = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrWhiteSpace(admin))
        {
            Assert.Skip($"{PostgresVariable} is not set; the PostgreSQL variant of this test needs a server (.ci/run provides one).");
        }

        var name = $"platform_test_{Guid.NewGuid():N}";
        using (var connection = new NpgsqlConnection(admin))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"CREATE DATABASE \"{name}\"";
            command.ExecuteNonQuery();
        }

        var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name };
        return new TestDatabase("postgres", builder.ConnectionString, admin, name);
    }

    public IEnumerable<KeyValuePair<string, string?>> Settings()
    {
        yield return new("Platform:Database:Provider", Provider);
        if (ConnectionString is not null)
        {
            yield return new("Platform:Database:ConnectionString", ConnectionString);
        }
    }

    public void Dispose()
    {
        if (_adminConnectionString is null)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(_adminConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"DROP DATABASE IF EXISTS \"{_databaseName}\" WITH (FORCE)";

        // An autovacuum worker in the database can only be terminated by a superuser or a member of
        // pg_signal_backend (.ci/run grants it); elsewhere it finishes in moments, so wait it out.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                command.ExecuteNonQuery();
                return;
            }
            catch (PostgresException error) when (error.SqlState == PostgresErrorCodes.InsufficientPrivilege && attempt < 20)
            {
                Thread.Sleep(250);
            }
        }
    }
}
