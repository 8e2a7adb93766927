using Microsoft.EntityFrameworkCore;
using Npgsql;
using Platform.Modules.Documents.Persistence;

namespace Platform.Benchmarks;

/// <summary>A PostgreSQL database of the run's own on the given server, dropped when disposed.</summary>
internal sealed class PostgresDatabase : IAsyncDisposable
{
    private readonly string _server;
    private readonly string _name;
    private readonly string _connection;
    private readonly DbContextOptions<DocumentsPostgresDbContext> _options;

    private readonly bool _kept;

    private PostgresDatabase(string server, string name, bool kept)
    {
        _server = server;
        _name = name;
        _kept = kept;
        _connection = new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
        var builder = new DbContextOptionsBuilder<DocumentsPostgresDbContext>().UseNpgsql(_connection);
        if (Environment.GetEnvironmentVariable("BENCHMARK_LOG_SQL") == "1")
        {
            builder.LogTo(Console.WriteLine, [Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.CommandExecuted]);
        }

        _options = builder.Options;
    }

    /// <summary>The database's name, to find it again (see --keep).</summary>
    public string Name => _name;

    /// <summary>The host's settings for this database (PostgreSQL, this connection), as command-line arguments.</summary>
    public string[] HostArguments => ["--Platform:Database:Provider=postgres", $"--Platform:Database:ConnectionString={_connection}"];

    /// <param name="server">A connection string to a database on the server whose user may create databases.</param>
    /// <param name="keep">Whether the database stays after the run, for the next run to use again.</param>
    public static async Task<PostgresDatabase> CreateAsync(string server, bool keep)
    {
        var name = $"platform_bench_{Guid.NewGuid():N}"[..40];
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        await create.ExecuteNonQueryAsync();
        return new PostgresDatabase(server, name, keep);
    }

    /// <summary>A database an earlier run kept, left in place after this run too.</summary>
    public static PostgresDatabase Existing(string server, string name) => new(server, name, kept: true);

    public DocumentsDbContext Open() => new DocumentsPostgresDbContext(_options);

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_kept || Environment.GetEnvironmentVariable("BENCHMARK_KEEP_PG") == "1")
        {
            Console.WriteLine($"kept database {_name}");
            return;
        }

        await using var connection = new NpgsqlConnection(_server);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
