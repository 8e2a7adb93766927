using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Platform.Benchmarks.BareApp;

/// <summary>The same table shape and value conversions the Projects module uses on SQLite.</summary>
public sealed class BareDbContext(DbContextOptions<BareDbContext> options) : DbContext(options)
{
    /// <summary>The row the request benchmark reads; request-overhead.sh asks for this id.</summary>
    public static readonly Guid SeedId = Guid.Parse("01990000-0000-7000-8000-000000000001");

    public DbSet<Project> Projects => Set<Project>();

    public static async Task SeedAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BareDbContext>();
        await db.Database.EnsureCreatedAsync();
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        if (!await db.Projects.AnyAsync(p => p.Id == SeedId))
        {
            var now = DateTimeOffset.UtcNow;
            db.Projects.Add(new Project
            {
                Id = SeedId,
                Key = "BENCH",
                Name = "Benchmark project",
                Description = "A project read over and over by the request benchmark.",
                Status = ProjectStatus.Planned,
                CreatedAt = now,
                UpdatedAt = now,
            });
            await db.SaveChangesAsync();
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<Project>(project =>
        {
            project.ToTable("projects");
            project.HasKey(p => p.Id);
            project.Property(p => p.Key).HasMaxLength(10);
            project.HasIndex(p => p.Key).IsUnique();
            project.Property(p => p.Name).HasMaxLength(200);
            project.Property(p => p.Description).HasMaxLength(10_000);
            project.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
            project.Property(p => p.Version).IsConcurrencyToken();
        });

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
}
