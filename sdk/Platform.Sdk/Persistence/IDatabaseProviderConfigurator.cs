using Microsoft.EntityFrameworkCore;

namespace Platform.Sdk.Persistence;

/// <summary>
/// Supplied by the host: configures a module context for the provider and connection the operator chose
/// (SQLite file per module, or a schema per module with its own migrations history table).
/// </summary>
public interface IDatabaseProviderConfigurator
{
    /// <summary>The configured provider.</summary>
    DatabaseProvider Provider { get; }

    /// <summary>Applies provider, connection and migrations-history settings for <paramref name="database"/>.</summary>
    /// <param name="options">The options being built.</param>
    /// <param name="database">The module database.</param>
    void Configure(DbContextOptionsBuilder options, ModuleDatabaseDescriptor database);
}
