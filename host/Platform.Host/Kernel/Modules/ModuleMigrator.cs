using System.Collections.Concurrent;
using System.Data.Common;
using Autofac;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using Platform.Host.Identity.Persistence;
using Platform.Host.Kernel.Persistence;
using Platform.Sdk.Persistence;
using Semver;

namespace Platform.Host.Kernel.Modules;

/// <summary>
/// Applies pending migrations of the platform store and of each module (in dependency order) and records
/// each module's installed version and upgrade history.
/// </summary>
/// <remarks>
/// Startup speed matters here: migrations run only when some are pending, and installed versions are read
/// with one plain SQL query, so a warm start compiles no LINQ query at all.
/// </remarks>
internal sealed class ModuleMigrator(
    PlatformDbContextFactory platformContexts,
    PlatformIdentityDbContextFactory identityContexts,
    DatabaseProviderConfigurator configurator,
    TimeProvider time,
    ILogger<ModuleMigrator> logger)
{
    private readonly ConcurrentQueue<(string ModuleId, string? From, string To, List<string> Applied)> _changes = new();
    private ConcurrentDictionary<string, string> _installed = new(StringComparer.Ordinal);

    public async Task MigratePlatformAsync(CancellationToken cancellationToken)
    {
        await using var platform = platformContexts.Create();
        PrepareSqlite(PlatformDbContext.Schema);
        await MigratePendingAsync(platform, PlatformDbContext.Schema, cancellationToken);

        _installed = new ConcurrentDictionary<string, string>(await ReadInstalledVersionsAsync(cancellationToken), StringComparer.Ordinal);
    }

    /// <summary>Applies the identity store's pending migrations (users, roles, OAuth clients and tokens).</summary>
    public async Task MigrateIdentityAsync(CancellationToken cancellationToken)
    {
        await using var identity = identityContexts.Create();
        PrepareSqlite(PlatformIdentityDbContext.Schema);
        await MigratePendingAsync(identity, PlatformIdentityDbContext.Schema, cancellationToken);
    }

    public async Task MigrateModuleAsync(ModuleRuntime module, CancellationToken cancellationToken)
    {
        var manifest = module.Manifest!;
        var installedText = _installed.GetValueOrDefault(module.Id);
        if (installedText is not null &&
            SemVersion.TryParse(installedText, SemVersionStyles.Strict, out var installed) &&
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
            applied.AddRange(await MigratePendingAsync(context, database.Schema, cancellationToken));
        }

        var version = manifest.Version.ToString();
        if (installedText == version && applied.Count == 0)
        {
            return; // warm start: nothing changed
        }

        _changes.Enqueue((module.Id, installedText, version, applied));
        _installed[module.Id] = version;
    }

    /// <summary>Records every install and upgrade of this start in one transaction.</summary>
    public async Task RecordChangesAsync(CancellationToken cancellationToken)
    {
        if (_changes.IsEmpty)
        {
            return;
        }

        await using var platform = platformContexts.Create();
        while (_changes.TryDequeue(out var change))
        {
            Record(platform, change.ModuleId, change.From, change.To, change.Applied);
        }

        await platform.SaveChangesAsync(cancellationToken);
    }

    private void Record(PlatformDbContext platform, string moduleId, string? from, string to, List<string> applied)
    {
        var now = time.GetUtcNow();
        if (from is null)
        {
            platform.ModuleInstallations.Add(new ModuleInstallation { ModuleId = moduleId, Version = to, InstalledAt = now, UpdatedAt = now });
        }
        else
        {
            if (from != to)
            {
                logger.LogInformation("Module {Module} upgraded from {From} to {To}", moduleId, from, to);
            }

            // Update in place without reading the row first: only the version and time change.
            var entry = platform.ModuleInstallations.Attach(new ModuleInstallation { ModuleId = moduleId });
            entry.Entity.Version = to;
            entry.Entity.UpdatedAt = now;
            entry.Property(i => i.Version).IsModified = true;
            entry.Property(i => i.UpdatedAt).IsModified = true;
        }

        platform.ModuleVersionChanges.Add(new ModuleVersionChange
        {
            Id = Guid.CreateVersion7(now),
            ModuleId = moduleId,
            FromVersion = from,
            ToVersion = to,
            At = now,
            AppliedMigrations = string.Join(",", applied),
        });
    }

    private async Task<Dictionary<string, string>> ReadInstalledVersionsAsync(CancellationToken cancellationToken) =>
        (await PlainQueries.ReadRowsAsync(configurator, PlatformDbContext.Schema, "module_installations",
            [nameof(ModuleInstallation.ModuleId), nameof(ModuleInstallation.Version)], cancellationToken))
        .ToDictionary(row => row[0], row => row[1], StringComparer.Ordinal);

    /// <summary>
    /// Applies the context's pending migrations and returns their ids. Which are pending is worked out without EF's
    /// migrator when possible: the migration ids come from the migration classes' attributes and the applied ones
    /// from one query of the history table. EF's own check builds the whole model of the context first, which made
    /// every warm start pay for every store's model although nothing was to be done.
    /// </summary>
    private async Task<IReadOnlyList<string>> MigratePendingAsync(DbContext context, string schema, CancellationToken cancellationToken)
    {
        var applied = await ReadAppliedMigrationsAsync(schema, cancellationToken);
        var pending = applied is null
            ? [.. await context.Database.GetPendingMigrationsAsync(cancellationToken)]
            : MigrationIdsOf(context.GetType()).Where(id => !applied.Contains(id)).ToList();
        if (pending.Count > 0)
        {
            await context.Database.MigrateAsync(cancellationToken);
        }

        return pending;
    }

    /// <summary>The ids of the migrations compiled for <paramref name="contextType"/>, found the way EF finds them.</summary>
    private static IEnumerable<string> MigrationIdsOf(Type contextType) =>
        contextType.Assembly.GetTypes()
            .Where(t => typeof(Migration).IsAssignableFrom(t) && !t.IsAbstract)
            .Where(t => t.GetCustomAttributes(typeof(DbContextAttribute), false) is [DbContextAttribute { ContextType: var owner }] && owner == contextType)
            .Select(t => t.GetCustomAttributes(typeof(MigrationAttribute), false) is [MigrationAttribute m] ? m.Id : null)
            .OfType<string>();

    /// <summary>The applied migration ids from the history table; null when it cannot be read (e.g. a new database).</summary>
    private async Task<HashSet<string>?> ReadAppliedMigrationsAsync(string schema, CancellationToken cancellationToken)
    {
        try
        {
            return await PlainQueries.ReadColumnAsync(configurator, schema, DatabaseProviderConfigurator.HistoryTable, "MigrationId", cancellationToken);
        }
        catch (DbException)
        {
            return null; // no history table yet: EF's migrator decides
        }
    }

    private void PrepareSqlite(string schema)
    {
        if (configurator.Provider != DatabaseProvider.Sqlite)
        {
            return;
        }

        var file = configurator.SqliteFile(schema);
        if (File.Exists(file))
        {
            return; // the journal mode is stored in the file: set once, when it is created
        }

        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        using var connection = new SqliteConnection(configurator.SqliteConnectionString(schema));
        connection.Open();
        using var command = connection.CreateCommand();
        // WAL: readers never block the writer, and a commit is durable once its WAL frame is synced.
        command.CommandText = "PRAGMA journal_mode=WAL;";
        command.ExecuteNonQuery();
    }
}
