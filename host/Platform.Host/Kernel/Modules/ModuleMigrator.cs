using Autofac;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Platform.Host.Kernel.Persistence;
using Platform.Sdk.Persistence;
using Semver;

namespace Platform.Host.Kernel.Modules;

/// <summary>
/// Applies pending migrations of the platform store and of each module (in dependency order) and records
/// each module's installed version and upgrade history.
/// </summary>
internal sealed class ModuleMigrator(
    PlatformDbContextFactory platformContexts,
    DatabaseProviderConfigurator configurator,
    TimeProvider time,
    ILogger<ModuleMigrator> logger)
{
    public async Task MigratePlatformAsync(CancellationToken cancellationToken)
    {
        await using var platform = platformContexts.Create();
        PrepareSqlite(PlatformDbContext.Schema);
        await platform.Database.MigrateAsync(cancellationToken);
    }

    public async Task MigrateModuleAsync(ModuleRuntime module, CancellationToken cancellationToken)
    {
        var manifest = module.Manifest!;
        await using var platform = platformContexts.Create();
        var installation = await platform.ModuleInstallations.FindAsync([module.Id], cancellationToken);
        if (installation is not null &&
            SemVersion.TryParse(installation.Version, SemVersionStyles.Strict, out var installed) &&
            installed.ComparePrecedenceTo(manifest.Version) > 0)
        {
            throw new InvalidOperationException(
                $"version {installed} is installed in the database; downgrading to {manifest.Version} is not supported");
        }

        var applied = new List<string>();
        if (module.Builder!.Database is { } database)
        {
            PrepareSqlite(database.Schema);
            await using var scope = module.Scope!.BeginLifetimeScope();
            var context = (ModuleDbContext)scope.Resolve(database.ContextType);
            applied.AddRange(await context.Database.GetPendingMigrationsAsync(cancellationToken));
            await context.Database.MigrateAsync(cancellationToken);
        }

        var now = time.GetUtcNow();
        var version = manifest.Version.ToString();
        if (installation is null)
        {
            platform.ModuleInstallations.Add(new ModuleInstallation { ModuleId = module.Id, Version = version, InstalledAt = now, UpdatedAt = now });
        }
        else if (installation.Version == version)
        {
            if (applied.Count == 0)
            {
                return;
            }
        }
        else
        {
            logger.LogInformation("Module {Module} upgraded from {From} to {To}", module.Id, installation.Version, version);
        }

        platform.ModuleVersionChanges.Add(new ModuleVersionChange
        {
            Id = Guid.CreateVersion7(now),
            ModuleId = module.Id,
            FromVersion = installation?.Version,
            ToVersion = version,
            At = now,
            AppliedMigrations = string.Join(",", applied),
        });
        if (installation is not null)
        {
            installation.Version = version;
            installation.UpdatedAt = now;
        }

        await platform.SaveChangesAsync(cancellationToken);
    }

    private void PrepareSqlite(string schema)
    {
        if (configurator.Provider != DatabaseProvider.Sqlite)
        {
            return;
        }

        var file = configurator.SqliteFile(schema);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        using var connection = new SqliteConnection(configurator.SqliteConnectionString(schema));
        connection.Open();
        using var command = connection.CreateCommand();
        // WAL: readers never block the writer, and a commit is durable once its WAL frame is synced.
        command.CommandText = "PRAGMA journal_mode=WAL;";
        command.ExecuteNonQuery();
    }
}
