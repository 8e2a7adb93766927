using System.Text.Json;
using Autofac;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Platform.Host.Kernel.Modules;
using Platform.Host.Kernel.Persistence;
using Platform.Sdk.Persistence;

namespace Platform.Host.Kernel.Events;

/// <summary>
/// Moves committed outbox rows of every running module into the platform store: events into the event log
/// with one delivery per consumer, audit records into the audit trail. Inserts are idempotent (keyed by the
/// row's id), so a crash between the two commits only causes a harmless second pass.
/// </summary>
internal sealed class OutboxRelay(
    ModuleCatalog modules,
    PlatformDbContextFactory platformContexts,
    TimeProvider time,
    IOptions<PlatformOptions> options,
    ILogger<OutboxRelay> logger)
{
    private readonly Dictionary<string, DateTimeOffset> _lastCleanup = [];

    /// <summary>Relays one batch per module; returns how many rows were relayed.</summary>
    public async Task<int> RelayAsync(CancellationToken cancellationToken)
    {
        var relayed = 0;
        foreach (var module in modules.Running.Where(m => m.Builder!.Database is not null).ToList())
        {
            try
            {
                relayed += await RelayModuleAsync(module, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Relaying the outbox of module {Module} failed; it is retried on the next pass", module.Id);
            }
        }

        return relayed;
    }

    private async Task<int> RelayModuleAsync(ModuleRuntime module, CancellationToken cancellationToken)
    {
        await using var scope = module.Scope!.BeginLifetimeScope();
        var context = (ModuleDbContext)scope.Resolve(module.Builder!.Database!.ContextType);
        var batch = await context.Outbox
            .Where(m => m.DispatchedAt == null)
            .OrderBy(m => m.Sequence)
            .Take(options.Value.Events.BatchSize)
            .ToListAsync(cancellationToken);
        if (batch.Count > 0)
        {
            await WriteToPlatformAsync(module, batch, cancellationToken);
            var now = time.GetUtcNow();
            foreach (var message in batch)
            {
                message.DispatchedAt = now;
            }

            await context.SaveChangesAsync(cancellationToken);
        }

        await CleanupAsync(module.Id, context, cancellationToken);
        return batch.Count;
    }

    private async Task WriteToPlatformAsync(ModuleRuntime module, List<OutboxMessage> batch, CancellationToken cancellationToken)
    {
        await using var platform = platformContexts.Create();
        var now = time.GetUtcNow();
        var ids = batch.Select(m => m.Id).ToList();
        var knownEvents = await platform.Events.Where(e => ids.Contains(e.Id)).Select(e => e.Id).ToListAsync(cancellationToken);
        var knownAudits = await platform.AuditEntries.Where(e => ids.Contains(e.Id)).Select(e => e.Id).ToListAsync(cancellationToken);
        var knownDeliveries = await platform.Deliveries.Where(d => ids.Contains(d.EventId))
            .Select(d => new { d.EventId, d.Consumer }).ToListAsync(cancellationToken);

        foreach (var message in batch)
        {
            if (message.Kind == OutboxMessageKind.Audit)
            {
                if (!knownAudits.Contains(message.Id))
                {
                    platform.AuditEntries.Add(ToAuditEntry(module.Id, message));
                }

                continue;
            }

            if (!knownEvents.Contains(message.Id))
            {
                platform.Events.Add(new EventRecord
                {
                    Id = message.Id,
                    Name = message.Type,
                    SourceModule = module.Id,
                    OccurredAt = message.OccurredAt,
                    RecordedAt = now,
                    Actor = message.Actor,
                    CorrelationId = message.CorrelationId,
                    Payload = message.Payload,
                });
            }

            foreach (var (_, subscription) in modules.SubscribersOf(message.Type))
            {
                if (knownDeliveries.Any(d => d.EventId == message.Id && d.Consumer == subscription.Consumer))
                {
                    continue;
                }

                platform.Deliveries.Add(new EventDelivery
                {
                    Id = Guid.CreateVersion7(now),
                    EventId = message.Id,
                    Consumer = subscription.Consumer,
                    Status = DeliveryStatus.Pending,
                    NextAttemptAt = now,
                    UpdatedAt = now,
                });
            }
        }

        await platform.SaveChangesAsync(cancellationToken);
    }

    private static AuditEntry ToAuditEntry(string moduleId, OutboxMessage message)
    {
        using var payload = JsonDocument.Parse(message.Payload);
        var root = payload.RootElement;
        return new AuditEntry
        {
            Id = message.Id,
            OccurredAt = message.OccurredAt,
            Actor = message.Actor,
            Module = moduleId,
            Entity = root.GetProperty("entity").GetString() ?? message.Type,
            EntityId = root.GetProperty("entityId").GetString() ?? "",
            Action = root.GetProperty("action").GetString() ?? "",
            Changes = root.GetProperty("changes").GetRawText(),
            CorrelationId = message.CorrelationId,
        };
    }

    private async Task CleanupAsync(string moduleId, ModuleDbContext context, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (now - _lastCleanup.GetValueOrDefault(moduleId, DateTimeOffset.MinValue) < TimeSpan.FromHours(1))
        {
            return;
        }

        _lastCleanup[moduleId] = now;
        var cutoff = now - options.Value.Events.OutboxRetention;
        await context.Outbox.Where(m => m.DispatchedAt != null && m.DispatchedAt < cutoff).ExecuteDeleteAsync(cancellationToken);
    }
}
