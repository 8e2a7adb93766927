using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Platform.Sdk.Persistence;

/// <summary>
/// Lets <c>dotnet ef</c> create a module's provider-specific context without a running host. Declare one
/// per provider subclass in the module, e.g.
/// <c>internal sealed class SqliteDesignFactory() : ModuleDesignTimeFactory&lt;ProjectsSqliteDbContext&gt;(DatabaseProvider.Sqlite);</c>
/// </summary>
/// <typeparam name="TContext">A provider-specific module context.</typeparam>
/// <param name="provider">The provider whose migrations the context owns.</param>
public abstract class ModuleDesignTimeFactory<TContext>(DatabaseProvider provider) : IDesignTimeDbContextFactory<TContext>
    where TContext : ModuleDbContext
{
    /// <inheritdoc />
    public TContext CreateDbContext(string[] args)
    {
        var schema = ModuleSchemaAttribute.SchemaOf(typeof(TContext));
        var options = new DbContextOptionsBuilder<TContext>();
        // Generating migrations never connects; these connection strings only select the provider.
        _ = provider switch
        {
            DatabaseProvider.Sqlite => options.UseSqlite($"Data Source={schema}.db"),
            DatabaseProvider.Postgres => options.UseNpgsql("Host=localhost;Database=platform", o => o.MigrationsHistoryTable("__EFMigrationsHistory", schema)),
            DatabaseProvider.SqlServer => options.UseSqlServer("Server=localhost;Database=platform;TrustServerCertificate=true", o => o.MigrationsHistoryTable("__EFMigrationsHistory", schema)),
            _ => throw new NotSupportedException(provider.ToString()),
        };
        return (TContext)Activator.CreateInstance(typeof(TContext), options.Options)!;
    }
}
