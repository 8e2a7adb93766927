using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Sdk.Persistence;

namespace Platform.Host.Kernel.Persistence;

/// <summary>
/// Points every module context (and the platform's own) at the configured database: a SQLite file per
/// schema in the data folder, or the shared server database with a schema and history table per module.
/// </summary>
internal sealed class DatabaseProviderConfigurator(IOptions<PlatformOptions> options, ILoggerFactory loggerFactory) : IDatabaseProviderConfigurator
{
    public const string HistoryTable = "__EFMigrationsHistory";

    private readonly PlatformOptions _options = options.Value;

    public DatabaseProvider Provider => _options.Database.ParsedProvider;

    public void Configure(DbContextOptionsBuilder builder, ModuleDatabaseDescriptor database) =>
        Configure(builder, database.Schema);

    public void Configure(DbContextOptionsBuilder builder, string schema)
    {
        // EF Core's own log (migrations applied, failed commands) goes to the host's logging. One factory
        // instance for every context keeps EF's internal service-provider cache hitting.
        builder.UseLoggerFactory(loggerFactory);
        switch (Provider)
        {
            case DatabaseProvider.Sqlite:
                builder.UseSqlite(SqliteConnectionString(schema));
                break;
            case DatabaseProvider.Postgres:
                builder.UseNpgsql(ServerConnectionString(), o => o.MigrationsHistoryTable(HistoryTable, schema));
                break;
            case DatabaseProvider.SqlServer:
                builder.UseSqlServer(ServerConnectionString(), o => o.MigrationsHistoryTable(HistoryTable, schema));
                break;
            default:
                throw new NotSupportedException(Provider.ToString());
        }
    }

    public string SqliteFile(string schema) => Path.Combine(_options.DataDirectoryFullPath, schema + ".db");

    public string SqliteConnectionString(string schema) => new SqliteConnectionStringBuilder
    {
        DataSource = SqliteFile(schema),
        Pooling = true,
        DefaultTimeout = 30,
    }.ToString();

    public string ServerConnectionString() =>
        string.IsNullOrWhiteSpace(_options.Database.ConnectionString)
            ? throw new InvalidOperationException(
                $"Platform:Database:ConnectionString is required for the {_options.Database.Provider} provider.")
            : _options.Database.ConnectionString;
}
