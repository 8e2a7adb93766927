using Microsoft.EntityFrameworkCore;
using Platform.Sdk.Persistence;

namespace Platform.Benchmarks.Bench000;

public sealed class Item
{
    public Guid Id { get; set; }

    public string Name { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }
}

[ModuleSchema("bench_000")]
public abstract class Bench000DbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public DbSet<Item> Items => Set<Item>();

    protected override void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<Item>(item =>
        {
            item.ToTable("items");
            item.HasKey(i => i.Id);
            item.Property(i => i.Name).HasMaxLength(200);
        });
}

public sealed class Bench000SqliteDbContext(DbContextOptions<Bench000SqliteDbContext> options) : Bench000DbContext(options);

internal sealed class Bench000SqliteDesignFactory() : ModuleDesignTimeFactory<Bench000SqliteDbContext>(DatabaseProvider.Sqlite);
