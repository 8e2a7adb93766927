using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Platform.Host.Kernel.Persistence;
using Platform.Sdk.Persistence;

namespace Platform.Host.Identity.Persistence;

/// <summary>Creates the provider-specific identity context for the configured database.</summary>
internal sealed class PlatformIdentityDbContextFactory(DatabaseProviderConfigurator configurator)
{
    public PlatformIdentityDbContext Create() => configurator.Provider switch
    {
        DatabaseProvider.Sqlite => new PlatformIdentitySqliteDbContext(Options<PlatformIdentitySqliteDbContext>()),
        DatabaseProvider.Postgres => new PlatformIdentityPostgresDbContext(Options<PlatformIdentityPostgresDbContext>()),
        DatabaseProvider.SqlServer => new PlatformIdentitySqlServerDbContext(Options<PlatformIdentitySqlServerDbContext>()),
        _ => throw new NotSupportedException(configurator.Provider.ToString()),
    };

    private DbContextOptions<T> Options<T>() where T : DbContext
    {
        var builder = new DbContextOptionsBuilder<T>();
        configurator.Configure(builder, PlatformIdentityDbContext.Schema);
        return builder.Options;
    }
}

/// <summary>Lets <c>dotnet ef</c> create the identity contexts; generating migrations never connects.</summary>
internal abstract class IdentityDesignFactory<T>(DatabaseProvider provider) : IDesignTimeDbContextFactory<T>
    where T : PlatformIdentityDbContext
{
    public T CreateDbContext(string[] args)
    {
        const string schema = PlatformIdentityDbContext.Schema;
        var builder = new DbContextOptionsBuilder<T>();
        _ = provider switch
        {
            DatabaseProvider.Sqlite => builder.UseSqlite("Data Source=identity.db"),
            DatabaseProvider.Postgres => builder.UseNpgsql("Host=localhost;Database=platform", o => o.MigrationsHistoryTable(DatabaseProviderConfigurator.HistoryTable, schema)),
            DatabaseProvider.SqlServer => builder.UseSqlServer("Server=localhost;Database=platform;TrustServerCertificate=true", o => o.MigrationsHistoryTable(DatabaseProviderConfigurator.HistoryTable, schema)),
            _ => throw new NotSupportedException(provider.ToString()),
        };
        return (T)Activator.CreateInstance(typeof(T), builder.Options)!;
    }
}

internal sealed class IdentitySqliteDesignFactory() : IdentityDesignFactory<PlatformIdentitySqliteDbContext>(DatabaseProvider.Sqlite);

internal sealed class IdentityPostgresDesignFactory() : IdentityDesignFactory<PlatformIdentityPostgresDbContext>(DatabaseProvider.Postgres);

internal sealed class IdentitySqlServerDesignFactory() : IdentityDesignFactory<PlatformIdentitySqlServerDbContext>(DatabaseProvider.SqlServer);
