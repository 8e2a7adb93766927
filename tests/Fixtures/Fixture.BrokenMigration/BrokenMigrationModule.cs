using Microsoft.EntityFrameworkCore;
using Platform.Sdk.Modules;
using Platform.Sdk.Persistence;

namespace Fixture.BrokenMigration;

public sealed class Note
{
    public Guid Id { get; set; }

    public string Text { get; set; } = "";
}

public sealed class BrokenMigrationModule : PlatformModule
{
    public override void Configure(ModuleBuilder module) =>
        module.AddDatabase<BrokenDbContext>(db => db.Sqlite<BrokenSqliteDbContext>().Postgres<BrokenPostgresDbContext>());
}

[ModuleSchema("broken")]
public abstract class BrokenDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    protected override void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<Note>(e => e.ToTable("notes"));
}

public sealed class BrokenSqliteDbContext(DbContextOptions<BrokenSqliteDbContext> options) : BrokenDbContext(options);

public sealed class BrokenPostgresDbContext(DbContextOptions<BrokenPostgresDbContext> options) : BrokenDbContext(options);

internal sealed class BrokenSqliteDesignFactory() : ModuleDesignTimeFactory<BrokenSqliteDbContext>(DatabaseProvider.Sqlite);

internal sealed class BrokenPostgresDesignFactory() : ModuleDesignTimeFactory<BrokenPostgresDbContext>(DatabaseProvider.Postgres);
