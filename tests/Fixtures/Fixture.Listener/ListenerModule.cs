using Autofac;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Platform.Sdk.Events;
using Platform.Sdk.Modules;
using Platform.Sdk.Persistence;
using Platform.Sdk.Security;

namespace Fixture.Listener;

/// <summary>The listener's own record of the Projects event: only the fields it needs.</summary>
[IntegrationEvent("projects.task-created.v1")]
public sealed record TaskCreated(Guid TaskId, string Title) : IIntegrationEvent;

public sealed class ReceivedEvent
{
    public Guid Id { get; set; }

    public Guid EventId { get; set; }

    public Guid TaskId { get; set; }

    public string Title { get; set; } = "";

    public int Attempt { get; set; }

    public string Actor { get; set; } = "";

    public string CorrelationId { get; set; } = "";
}

/// <summary>
/// Fails the first <c>FailFirst</c> attempts of every event, and every attempt for the title <c>poison</c>
/// while the file named by <c>PoisonFlag</c> exists (always, when no flag file is configured).
/// </summary>
public sealed class TaskCreatedHandler(ListenerDbContext db, ModuleInfo info) : IIntegrationEventHandler<TaskCreated>
{
    public Task HandleAsync(TaskCreated integrationEvent, IntegrationEventContext context, CancellationToken cancellationToken)
    {
        var flag = info.Configuration["PoisonFlag"];
        var poisoned = integrationEvent.Title == "poison" && (flag is null || File.Exists(flag));
        if (poisoned || context.Attempt <= info.Configuration.GetValue("FailFirst", 0))
        {
            throw new InvalidOperationException($"listener refuses '{integrationEvent.Title}' on attempt {context.Attempt}");
        }

        db.Received.Add(new ReceivedEvent
        {
            Id = Guid.CreateVersion7(),
            EventId = context.EventId,
            TaskId = integrationEvent.TaskId,
            Title = integrationEvent.Title,
            Attempt = context.Attempt,
            Actor = context.Actor,
            CorrelationId = context.CorrelationId,
        });
        return db.SaveChangesAsync(cancellationToken);
    }
}

public sealed class ListenerModule : PlatformModule
{
    private bool _failStart;

    public override void Configure(ModuleBuilder module)
    {
        _failStart = module.Info.Configuration.GetValue("FailStart", false);
        module.Services.RegisterInstance(module.Info);
        module.AddDatabase<ListenerDbContext>(db => db.Sqlite<ListenerSqliteDbContext>().Postgres<ListenerPostgresDbContext>());
        module.Events.Handle<TaskCreated, TaskCreatedHandler>();
        module.Permissions.Declare("listener.read", "See the events the listener received.");
    }

    public override Task StartAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        _failStart ? throw new InvalidOperationException("listener was told to fail in start") : Task.CompletedTask;

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/received", async (ListenerDbContext db) =>
            TypedResults.Ok(await db.Received.AsNoTracking().OrderBy(r => r.Id).ToListAsync()))
            .RequirePermission("listener.read");
}
