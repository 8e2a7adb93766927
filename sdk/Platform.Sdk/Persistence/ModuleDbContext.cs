using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Platform.Sdk.Events;

namespace Platform.Sdk.Persistence;

/// <summary>
/// Base of every module's context. It owns the module's schema, the transactional outbox and inbox,
/// the concurrency token of <see cref="IVersioned"/> entities, and writes an audit record and the
/// queued integration events in the same transaction as each <c>SaveChanges</c>.
/// </summary>
public abstract class ModuleDbContext : DbContext
{
    private readonly List<IIntegrationEvent> _pendingEvents = [];

    /// <summary>Creates the context with options built by the host (or a design-time factory).</summary>
    /// <param name="options">Provider, connection and interceptors.</param>
    protected ModuleDbContext(DbContextOptions options)
        : base(options)
    {
    }

    /// <summary>Events and audit records waiting to be relayed. Written by <c>SaveChanges</c>, read by the host.</summary>
    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    /// <summary>Events this module's handlers have processed, for de-duplication of redeliveries.</summary>
    public DbSet<InboxRecord> Inbox => Set<InboxRecord>();

    internal ModuleDbContextRuntime Runtime { get; set; } = ModuleDbContextRuntime.Default;

    internal IReadOnlyList<IIntegrationEvent> PendingEvents => _pendingEvents;

    /// <summary>
    /// Queues <paramref name="integrationEvent"/>; it is written to the outbox by the next successful
    /// <c>SaveChanges</c>, atomically with the changes that caused it.
    /// </summary>
    /// <param name="integrationEvent">An event whose type carries <see cref="IntegrationEventAttribute"/>.</param>
    public void PublishEvent(IIntegrationEvent integrationEvent)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        _ = IntegrationEventAttribute.NameOf(integrationEvent.GetType());
        _pendingEvents.Add(integrationEvent);
    }

    /// <summary>Whether <paramref name="consumer"/> already processed the event <paramref name="eventId"/>.</summary>
    /// <param name="eventId">The event id.</param>
    /// <param name="consumer">The consumer name.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    public Task<bool> HasProcessedAsync(Guid eventId, string consumer, CancellationToken cancellationToken) =>
        Inbox.AnyAsync(r => r.EventId == eventId && r.Consumer == consumer, cancellationToken);

    /// <summary>Records that <paramref name="consumer"/> processed the event; saved with the consumer's changes.</summary>
    /// <param name="eventId">The event id.</param>
    /// <param name="consumer">The consumer name.</param>
    public void MarkProcessed(Guid eventId, string consumer) =>
        Inbox.Add(new InboxRecord { EventId = eventId, Consumer = consumer, ProcessedAt = Runtime.Time.GetUtcNow() });

    /// <summary>Configures the module's own entities.</summary>
    /// <param name="modelBuilder">The model builder.</param>
    protected abstract void ConfigureModel(ModelBuilder modelBuilder);

    /// <inheritdoc />
    protected sealed override void OnModelCreating(ModelBuilder modelBuilder)
    {
        if (!Database.IsSqlite())
        {
            modelBuilder.HasDefaultSchema(ModuleSchemaAttribute.SchemaOf(GetType()));
        }

        modelBuilder.Entity<OutboxMessage>(outbox =>
        {
            outbox.ToTable("platform_outbox");
            outbox.HasKey(m => m.Sequence);
            outbox.Property(m => m.Sequence).ValueGeneratedOnAdd();
            outbox.HasIndex(m => m.Id).IsUnique();
            outbox.HasIndex(m => m.DispatchedAt);
            outbox.Property(m => m.Type).HasMaxLength(200);
            outbox.Property(m => m.Actor).HasMaxLength(200);
            outbox.Property(m => m.CorrelationId).HasMaxLength(100);
        });
        modelBuilder.Entity<InboxRecord>(inbox =>
        {
            inbox.ToTable("platform_inbox");
            inbox.HasKey(r => new { r.EventId, r.Consumer });
            inbox.Property(r => r.Consumer).HasMaxLength(300);
        });

        ConfigureModel(modelBuilder);

        foreach (var entity in modelBuilder.Model.GetEntityTypes().Where(e => typeof(IVersioned).IsAssignableFrom(e.ClrType)))
        {
            modelBuilder.Entity(entity.ClrType).Property(nameof(IVersioned.Version)).IsConcurrencyToken();
        }
    }

    /// <inheritdoc />
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        if (Database.IsSqlite())
        {
            // SQLite cannot compare or order DateTimeOffset text; all platform timestamps are UTC,
            // so the binary form keeps their order and makes range filters translatable.
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
            configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
    }

    /// <inheritdoc />
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        var written = OutboxWriter.Write(this);
        var result = base.SaveChanges(acceptAllChangesOnSuccess);
        AfterSave(written);
        return result;
    }

    /// <inheritdoc />
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var written = OutboxWriter.Write(this);
        var result = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken).ConfigureAwait(false);
        AfterSave(written);
        return result;
    }

    private void AfterSave(int outboxRowsWritten)
    {
        _pendingEvents.Clear();
        if (outboxRowsWritten > 0)
        {
            Runtime.Signal?.OutboxWritten(Runtime.ModuleId);
        }
    }
}
