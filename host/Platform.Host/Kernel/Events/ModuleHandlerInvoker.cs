using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using Autofac;
using Platform.Host.Kernel.Http;
using Platform.Host.Kernel.Modules;
using Platform.Host.Kernel.Persistence;
using Platform.Sdk.Events;
using Platform.Sdk.Persistence;

namespace Platform.Host.Kernel.Events;

/// <summary>
/// Delivers one event to one module handler, in a fresh scope of the consuming module that carries the
/// event's actor and correlation id. When the module has a database, the inbox record is saved in the same
/// transaction as the handler's changes, so a redelivered event is skipped.
/// </summary>
internal sealed class ModuleHandlerInvoker
{
    private static readonly MethodInfo InvokeTypedMethod =
        typeof(ModuleHandlerInvoker).GetMethod(nameof(InvokeTypedAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    private readonly ConcurrentDictionary<Type, MethodInfo> _typed = new();

    public async Task DeliverAsync(ModuleRuntime module, EventSubscription subscription, EventRecord record, int attempt, CancellationToken cancellationToken)
    {
        await using var scope = module.Scope!.BeginLifetimeScope();
        scope.Resolve<PlatformExecutionContext>().Set(PlatformExecutionContext.ParseActor(record.Actor), record.CorrelationId);

        var database = module.Builder!.Database is { } descriptor ? (ModuleDbContext)scope.Resolve(descriptor.ContextType) : null;
        if (database is not null)
        {
            if (await database.HasProcessedAsync(record.Id, subscription.Consumer, cancellationToken))
            {
                return;
            }

            database.MarkProcessed(record.Id, subscription.Consumer);
        }

        var payload = JsonSerializer.Deserialize(record.Payload, subscription.EventType, IntegrationEventJson.Options)
            ?? throw new JsonException($"The payload of {record.Name} is null.");
        var context = new IntegrationEventContext(record.Id, record.Name, record.SourceModule, record.OccurredAt, record.Actor, record.CorrelationId, attempt);
        var handler = scope.Resolve(subscription.HandlerType);
        var invoke = _typed.GetOrAdd(subscription.EventType, t => InvokeTypedMethod.MakeGenericMethod(t));
        await (Task)invoke.Invoke(null, [handler, payload, context, cancellationToken])!;

        if (database is not null)
        {
            await database.SaveChangesAsync(cancellationToken);
        }
    }

    private static Task InvokeTypedAsync<TEvent>(object handler, object payload, IntegrationEventContext context, CancellationToken cancellationToken)
        where TEvent : IIntegrationEvent =>
        ((IIntegrationEventHandler<TEvent>)handler).HandleAsync((TEvent)payload, context, cancellationToken);
}
