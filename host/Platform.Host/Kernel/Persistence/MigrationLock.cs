using Medallion.Threading.Postgres;
using Microsoft.Data.SqlClient;
using Microsoft.Extensions.Options;
using Platform.Sdk.Persistence;

namespace Platform.Host.Kernel.Persistence;

/// <summary>
/// Serialises migrations across hosts that share a database: a file lock in the data folder for SQLite,
/// an advisory lock for PostgreSQL, an application lock for SQL Server.
/// </summary>
internal sealed class MigrationLock(IOptions<PlatformOptions> options, DatabaseProviderConfigurator configurator)
{
    private const string LockName = "platform-migrations";

    public async Task<IAsyncDisposable> AcquireAsync(CancellationToken cancellationToken)
    {
        var timeout = options.Value.Database.MigrationLockTimeout;
        return configurator.Provider switch
        {
            DatabaseProvider.Sqlite => await AcquireFileLockAsync(timeout, cancellationToken),
            DatabaseProvider.Postgres => await new PostgresDistributedLock(
                    new PostgresAdvisoryLockKey(LockName, allowHashing: true), configurator.ServerConnectionString())
                .AcquireAsync(timeout, cancellationToken),
            DatabaseProvider.SqlServer => await SqlServerAppLock.AcquireAsync(configurator.ServerConnectionString(), timeout, cancellationToken),
            _ => throw new NotSupportedException(configurator.Provider.ToString()),
        };
    }

    private async Task<IAsyncDisposable> AcquireFileLockAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var directory = options.Value.DataDirectoryFullPath;
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, ".migrations.lock");
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            try
            {
                // FileShare.None is an exclusive OS-level lock; the OS releases it if the process dies.
                return new FileLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
            }
        }
    }

    private sealed class FileLock(FileStream stream) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => stream.DisposeAsync();
    }

    private sealed class SqlServerAppLock(SqlConnection connection) : IAsyncDisposable
    {
        public static async Task<IAsyncDisposable> AcquireAsync(string connectionString, TimeSpan timeout, CancellationToken cancellationToken)
        {
            var connection = new SqlConnection(connectionString);
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "DECLARE @r int; EXEC @r = sp_getapplock @Resource = @name, @LockMode = 'Exclusive', @LockOwner = 'Session', @LockTimeout = @timeout; SELECT @r;";
            command.Parameters.AddWithValue("@name", LockName);
            command.Parameters.AddWithValue("@timeout", (int)timeout.TotalMilliseconds);
            command.CommandTimeout = (int)timeout.TotalSeconds + 30;
            var result = Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
            if (result < 0)
            {
                await connection.DisposeAsync();
                throw new TimeoutException($"Could not acquire the migrations lock within {timeout} (sp_getapplock returned {result}).");
            }

            return new SqlServerAppLock(connection);
        }

        public ValueTask DisposeAsync() => connection.DisposeAsync(); // closing the session releases the lock
    }
}
