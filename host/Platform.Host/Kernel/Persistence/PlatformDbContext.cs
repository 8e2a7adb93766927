using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Platform.Host.Kernel.Persistence;

/// <summary>
/// The platform's own store: module installations, the event log and deliveries, and the audit trail.
/// Like module contexts it has one subclass per provider owning that provider's migrations.
/// </summary>
public abstract class PlatformDbContext(DbContextOptions options) : DbContext(options)
{
    public const string Schema = "platform";

    public DbSet<ModuleInstallation> ModuleInstallations => Set<ModuleInstallation>();

    public DbSet<ModuleVersionChange> ModuleVersionChanges => Set<ModuleVersionChange>();

    public DbSet<EventRecord> Events => Set<EventRecord>();

    public DbSet<EventDelivery> Deliveries => Set<EventDelivery>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        if (Database.IsSqlite())
        {
            // Keeps UTC timestamps comparable and sortable in SQLite (see ModuleDbContext).
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
            configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        if (!Database.IsSqlite())
        {
            modelBuilder.HasDefaultSchema(Schema);
        }

        modelBuilder.Entity<ModuleInstallation>(e =>
        {
            e.ToTable("module_installations");
            e.HasKey(m => m.ModuleId);
            e.Property(m => m.ModuleId).HasMaxLength(40);
            e.Property(m => m.Version).HasMaxLength(100);
        });
        modelBuilder.Entity<ModuleVersionChange>(e =>
        {
            e.ToTable("module_version_changes");
            e.HasKey(m => m.Id);
            e.Property(m => m.ModuleId).HasMaxLength(40);
            e.Property(m => m.FromVersion).HasMaxLength(100);
            e.Property(m => m.ToVersion).HasMaxLength(100);
            e.HasIndex(m => new { m.ModuleId, m.At });
        });
        modelBuilder.Entity<EventRecord>(e =>
        {
            e.ToTable("events");
            e.HasKey(m => m.Id);
            e.Property(m => m.Name).HasMaxLength(200);
            e.Property(m => m.SourceModule).HasMaxLength(40);
            e.Property(m => m.Actor).HasMaxLength(200);
            e.Property(m => m.CorrelationId).HasMaxLength(100);
            e.HasIndex(m => new { m.Name, m.OccurredAt });
        });
        modelBuilder.Entity<EventDelivery>(e =>
        {
            e.ToTable("event_deliveries");
            e.HasKey(m => m.Id);
            e.Property(m => m.Consumer).HasMaxLength(300);
            e.Property(m => m.LastError).HasMaxLength(4000);
            e.HasIndex(m => new { m.EventId, m.Consumer }).IsUnique();
            e.HasIndex(m => new { m.Status, m.NextAttemptAt });
        });
        modelBuilder.Entity<AuditEntry>(e =>
        {
            e.ToTable("audit_entries");
            e.HasKey(m => m.Id);
            e.Property(m => m.Actor).HasMaxLength(200);
            e.Property(m => m.Module).HasMaxLength(40);
            e.Property(m => m.Entity).HasMaxLength(200);
            e.Property(m => m.EntityId).HasMaxLength(200);
            e.Property(m => m.Action).HasMaxLength(20);
            e.Property(m => m.CorrelationId).HasMaxLength(100);
            e.HasIndex(m => m.OccurredAt);
            e.HasIndex(m => new { m.Module, m.Entity, m.EntityId });
        });
    }
}

public sealed class PlatformSqliteDbContext(DbContextOptions<PlatformSqliteDbContext> options) : PlatformDbContext(options);

public sealed class PlatformPostgresDbContext(DbContextOptions<PlatformPostgresDbContext> options) : PlatformDbContext(options);

public sealed class PlatformSqlServerDbContext(DbContextOptions<PlatformSqlServerDbContext> options) : PlatformDbContext(options);
