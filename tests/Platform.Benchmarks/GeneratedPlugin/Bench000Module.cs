using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Platform.Sdk.Modules;

namespace Platform.Benchmarks.Bench000;

/// <summary>A minimal module: one table, one read endpoint.</summary>
public sealed class Bench000Module : PlatformModule
{
    public override void Configure(ModuleBuilder module) =>
        module.AddDatabase<Bench000DbContext>(db => db.Sqlite<Bench000SqliteDbContext>());

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/items/{id:guid}", GetItem);

    private static async Task<Results<Ok<Item>, NotFound>> GetItem(Guid id, Bench000DbContext db, CancellationToken cancellationToken) =>
        await db.Items.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, cancellationToken) is { } item
            ? TypedResults.Ok(item)
            : TypedResults.NotFound();
}
