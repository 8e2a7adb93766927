using Microsoft.EntityFrameworkCore;
using Platform.Sdk.Persistence;

namespace Fixture.Listener;

[ModuleSchema("listener")]
public abstract class ListenerDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public DbSet<ReceivedEvent> Received => Set<ReceivedEvent>();

    protected override void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<ReceivedEvent>(e =>
        {
            e.ToTable("received_events");
            e.HasKey(r => r.Id);
            e.HasIndex(r => r.EventId); // deliberately not unique: a duplicate delivery must be visible to tests
        });
}

public sealed class ListenerSqliteDbContext(DbContextOptions<ListenerSqliteDbContext> options) : ListenerDbContext(options);

public sealed class ListenerPostgresDbContext(DbContextOptions<ListenerPostgresDbContext> options) : ListenerDbContext(options);

internal sealed class ListenerSqliteDesignFactory() : ModuleDesignTimeFactory<ListenerSqliteDbContext>(DatabaseProvider.Sqlite);

internal sealed class ListenerPostgresDesignFactory() : ModuleDesignTimeFactory<ListenerPostgresDbContext>(DatabaseProvider.Postgres);
