using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Platform.Sdk.Modules;
using Platform.Sdk.Persistence;
using Platform.Sdk.Security;

namespace Fixture.Inventory;

public sealed class Item
{
    public Guid Id { get; set; }

    public string Name { get; set; } = "";

    public string Sku { get; set; } = "";
}

public sealed record NewItem(string Name);

public sealed class InventoryModule : PlatformModule
{
    public override void Configure(ModuleBuilder module)
    {
        module.AddDatabase<InventoryDbContext>(db => db.Sqlite<InventorySqliteDbContext>().Postgres<InventoryPostgresDbContext>());
        module.Permissions
            .Declare("inventory.read", "See the items.", BuiltInRoles.Employee)
            .Declare("inventory.write", "Add items.", BuiltInRoles.Manager);
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/items", async (InventoryDbContext db) => TypedResults.Ok(await db.Items.AsNoTracking().OrderBy(i => i.Name).ToListAsync()))
            .RequirePermission("inventory.read");
        endpoints.MapPost("/items", async (NewItem item, InventoryDbContext db) =>
        {
            var entity = new Item { Id = Guid.CreateVersion7(), Name = item.Name, Sku = "SKU-" + item.Name.ToUpperInvariant() };
            db.Items.Add(entity);
            await db.SaveChangesAsync();
            return TypedResults.Ok(entity);
        }).RequirePermission("inventory.write");
    }
}

[ModuleSchema("inventory")]
public abstract class InventoryDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public DbSet<Item> Items => Set<Item>();

    protected override void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<Item>(e =>
        {
            e.ToTable("items");
            e.HasKey(i => i.Id);
            e.Property(i => i.Name).HasMaxLength(100);
            e.Property(i => i.Sku).HasMaxLength(120);
        });
}

public sealed class InventorySqliteDbContext(DbContextOptions<InventorySqliteDbContext> options) : InventoryDbContext(options);

public sealed class InventoryPostgresDbContext(DbContextOptions<InventoryPostgresDbContext> options) : InventoryDbContext(options);

internal sealed class InventorySqliteDesignFactory() : ModuleDesignTimeFactory<InventorySqliteDbContext>(DatabaseProvider.Sqlite);

internal sealed class InventoryPostgresDesignFactory() : ModuleDesignTimeFactory<InventoryPostgresDbContext>(DatabaseProvider.Postgres);
