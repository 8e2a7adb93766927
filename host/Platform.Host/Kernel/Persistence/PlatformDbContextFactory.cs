using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Platform.Sdk.Persistence;

namespace Platform.Host.Kernel.Persistence;

/// <summary>Creates the provider-specific platform context for the configured database.</summary>
internal sealed class PlatformDbContextFactory(DatabaseProviderConfigurator configurator)
{
    public DatabaseProvider Provider => configurator.Provider;

    public PlatformDbContext Create() => configurator.Provider switch
    {
        DatabaseProvider.Sqlite => new PlatformSqliteDbContext(Options<PlatformSqliteDbContext>()),
        DatabaseProvider.Postgres => new PlatformPostgresDbContext(Options<PlatformPostgresDbContext>()),
        DatabaseProvider.SqlServer => new PlatformSqlServerDbContext(Options<PlatformSqlServerDbContext>()),
        _ => throw new NotSupportedException(configurator.Provider.ToString()),
    };

    private DbContextOptions<T> Options<T>() where T : DbContext
    {
        var builder = new DbContextOptionsBuilder<T>();
        configurator.Configure(builder, PlatformDbContext.Schema);
        return builder.Options;
    }
}

/// <summary>Lets <c>dotnet ef</c> create the platform contexts; generating migrations never connects.</summary>
internal abstract class PlatformDesignFactory<T>(DatabaseProvider provider) : IDesignTimeDbContextFactory<T>
    where T : PlatformDbContext
{
    public T CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<T>();
        _ = provider switch
        {
            DatabaseProvider.Sqlite => builder.UseSqlite("Data Source=platform.db"),
            DatabaseProvider.Postgres => builder.UseNpgsql("Host=localhost;Database=platform", o => o.MigrationsHistoryTable(DatabaseProviderConfigurator.HistoryTable, PlatformDbContext.Schema)),
            DatabaseProvider.SqlServer => builder.UseSqlServer("Server=localhost;Database=platform;TrustServerCertificate=true", o => o.MigrationsHistoryTable(DatabaseProviderConfigurator.HistoryTable, PlatformDbContext.Schema)),
            _ => throw new NotSupportedException(provider.ToString()),
        };
        return (T)Activator.CreateInstance(typeof(T), builder.Options)!;
    }
}

internal sealed class PlatformSqliteDesignFactory() : PlatformDesignFactory<PlatformSqliteDbContext>(DatabaseProvider.Sqlite);

internal sealed class PlatformPostgresDesignFactory() : PlatformDesignFactory<PlatformPostgresDbContext>(DatabaseProvider.Postgres);

internal sealed class PlatformSqlServerDesignFactory() : PlatformDesignFactory<PlatformSqlServerDbContext>(DatabaseProvider.SqlServer);
