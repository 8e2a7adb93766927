using Microsoft.EntityFrameworkCore;
using Platform.Modules.Hr.Domain;
using Platform.Sdk.Persistence;

namespace Platform.Modules.Hr.Persistence;

/// <summary>
/// The HR module's data. Each feature area keeps its entity sets in its own part of this partial class
/// (HrDbContext.&lt;Area&gt;.cs) and its mappings in IEntityTypeConfiguration classes under Persistence/Configurations;
/// provider subclasses below own the migrations of each provider.
/// </summary>
[ModuleSchema("hr")]
public abstract partial class HrDbContext(DbContextOptions options) : ModuleDbContext(options)
{
    public DbSet<Employee> Employees => Set<Employee>();

    public DbSet<EmployeeSkill> EmployeeSkills => Set<EmployeeSkill>();

    public DbSet<EmployeePhoto> EmployeePhotos => Set<EmployeePhoto>();

    public DbSet<Department> Departments => Set<Department>();

    public DbSet<Location> Locations => Set<Location>();

    protected override void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(HrDbContext).Assembly);
}

public sealed class HrSqliteDbContext(DbContextOptions<HrSqliteDbContext> options) : HrDbContext(options);

public sealed class HrPostgresDbContext(DbContextOptions<HrPostgresDbContext> options) : HrDbContext(options);

public sealed class HrSqlServerDbContext(DbContextOptions<HrSqlServerDbContext> options) : HrDbContext(options);

internal sealed class HrSqliteDesignFactory() : ModuleDesignTimeFactory<HrSqliteDbContext>(DatabaseProvider.Sqlite);

internal sealed class HrPostgresDesignFactory() : ModuleDesignTimeFactory<HrPostgresDbContext>(DatabaseProvider.Postgres);

internal sealed class HrSqlServerDesignFactory() : ModuleDesignTimeFactory<HrSqlServerDbContext>(DatabaseProvider.SqlServer);
