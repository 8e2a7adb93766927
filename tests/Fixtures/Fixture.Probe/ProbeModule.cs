using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Sdk.Modules;
using Platform.Sdk.Persistence;
using Platform.Sdk.Security;

namespace Fixture.Probe;

public sealed class Item
{
    public Guid Id { get; set; }

    public string Name { get; set; } = "";
}

/// <summary>
/// Serves one item twice: anonymously, and behind the <c>probe.read</c> permission. The handler and the database
/// read are the same, so the difference between the two is what authentication and authorization cost.
/// </summary>
public sealed class ProbeModule : PlatformModule
{
    /// <summary>The item every start makes sure exists.</summary>
    public static readonly Guid ItemId = Guid.Parse("01990000-0000-7000-8000-000000000001");

    public override void Configure(ModuleBuilder module)
    {
        module.AddDatabase<ProbeDbContext>(db => db.Sqlite<ProbeSqliteDbContext>());
        module.Permissions.Declare("probe.read", "Read the probe's item.", BuiltInRoles.Administrator);
    }

    public override async Task StartAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProbeDbContext>();
        if (!await db.Items.AnyAsync(i => i.Id == ItemId, cancellationToken))
        {
            db.Items.Add(new Item { Id = ItemId, Name = "A probe item read over and over by the benchmark." });
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/public/items/{id:guid}", GetItem).AllowAnonymous();
        endpoints.MapGet("/items/{id:guid}", GetItem).RequirePermission("probe.read");
    }

    private static async Task<Results<Ok<Item>, NotFound>> GetItem(Guid id, ProbeDbContext db, CancellationToken cancellationToken) =>
        await db.Items.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, cancellationToken) is { } item
            ? TypedResults.Ok(item)
            : TypedResults.NotFound();
}

[ModuleSchema("probe")]
public abstract class ProbeDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public DbSet<Item> Items => Set<Item>();

    protected override void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<Item>(e =>
        {
            e.ToTable("items");
            e.HasKey(i => i.Id);
            e.Property(i => i.Name).HasMaxLength(100);
        });
}

public sealed class ProbeSqliteDbContext(DbContextOptions<ProbeSqliteDbContext> options) : ProbeDbContext(options);

internal sealed class ProbeSqliteDesignFactory() : ModuleDesignTimeFactory<ProbeSqliteDbContext>(DatabaseProvider.Sqlite);
