using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Autofac;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;
using Platform.Host.Kernel.Modules;
using Platform.Host.Tests.Infrastructure;
using Platform.Sdk.Persistence;

namespace Platform.Host.Tests.Documents.Folders;

/// <summary>Requests and reads the folder, item and recycle-bin tests share (the upload and folder creation helpers are <see cref="DocumentsTestHost"/>'s).</summary>
internal static class FolderRequests
{
    /// <summary>Sends <paramref name="body"/> with If-Match (none when <paramref name="ifMatch"/> is null) and reads the answer.</summary>
    public static async Task<JsonElement> SendAsync(this HttpClient client, HttpMethod method, string url, object? body, string? ifMatch, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(method, url);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation(HeaderNames.IfMatch, ifMatch);
        }

        using var response = await client.SendAsync(request);
        if (expected == HttpStatusCode.NoContent)
        {
            Assert.Equal(expected, response.StatusCode);
            return default;
        }

        return await response.ReadJsonAsync(expected);
    }

    /// <summary>GETs the folder or document and sends the change with its current ETag.</summary>
    public static async Task<JsonElement> SendCurrentAsync(this HttpClient client, HttpMethod method, string itemUrl, string url, object? body, HttpStatusCode expected)
    {
        using var current = await client.GetAsync(itemUrl);
        Assert.Equal(HttpStatusCode.OK, current.StatusCode);
        return await client.SendAsync(method, url, body, current.Headers.ETag!.ToString(), expected);
    }

    public static List<string> Names(this JsonElement page) =>
        [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()!)];

    /// <summary>The Documents module's integration events, oldest first: (name, payload).</summary>
    public static async Task<List<(string Type, JsonElement Payload)>> DocumentEventsAsync(this PlatformHost host)
    {
        await using var scope = ModuleScope(host);
        var db = scope.Resolve<ModuleDbContext>();
        var rows = await db.Outbox.AsNoTracking().Where(m => m.Kind == OutboxMessageKind.Event).OrderBy(m => m.Sequence).Select(m => new { m.Type, m.Payload }).ToListAsync();
        return [.. rows.Select(r => (r.Type, JsonDocument.Parse(r.Payload).RootElement.Clone()))];
    }

    /// <summary>How many rows of an entity of the module exist (the module is a plugin: its types are found by name).</summary>
    public static async Task<int> CountAsync(this PlatformHost host, string entity)
    {
        await using var scope = ModuleScope(host);
        var db = scope.Resolve<ModuleDbContext>();
        var type = db.Model.GetEntityTypes().Single(e => e.ClrType.Name == entity).ClrType;
        var set = (IQueryable<object>)typeof(DbContext).GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!.MakeGenericMethod(type).Invoke(db, null)!;
        return set.Count();
    }

    /// <summary>Sets fields of a row of the module, as another area's endpoint (a lock, a deletion date) would leave them.</summary>
    public static async Task UpdateAsync(this PlatformHost host, string entity, Guid id, IReadOnlyDictionary<string, object?> values)
    {
        await using var scope = ModuleScope(host);
        var db = scope.Resolve<ModuleDbContext>();
        var type = db.Model.GetEntityTypes().Single(e => e.ClrType.Name == entity).ClrType;
        var row = await db.FindAsync(type, id) ?? throw new InvalidOperationException($"No {entity} {id}.");
        foreach (var (name, value) in values)
        {
            db.Entry(row).Property(name).CurrentValue = value;
        }

        await db.SaveChangesAsync();
    }

    private static ILifetimeScope ModuleScope(PlatformHost host)
    {
        _ = host.CreateClient();
        var module = host.Services.GetRequiredService<ModuleCatalog>().Find("documents") ?? throw new InvalidOperationException("Documents is not loaded.");
        return module.Scope!.BeginLifetimeScope();
    }
}
