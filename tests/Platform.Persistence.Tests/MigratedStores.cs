using System.Reflection;
using System.Runtime.ExceptionServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Platform.Host.Identity.Persistence;
using Platform.Host.Kernel.Persistence;
using Platform.Modules.Documents.Persistence;
using Platform.Modules.Hr.Persistence;
using Platform.Modules.Projects.Persistence;
using Platform.Sdk.Persistence;

namespace Platform.Persistence.Tests;

/// <summary>
/// Every context that owns migrations: the platform store and one entry per module. Adding a module's
/// context to the suite is one line in <see cref="All"/>.
/// </summary>
public static class MigratedStores
{
    public static readonly IReadOnlyList<MigratedStore> All =
    [
        new(typeof(PlatformDbContext), PlatformDbContext.Schema,
            ["module_installations", "module_version_changes", "events", "event_deliveries", "audit_entries"]),
        new(typeof(PlatformIdentityDbContext), PlatformIdentityDbContext.Schema,
            ["users", "roles", "user_roles", "user_claims", "user_logins", "user_tokens", "role_claims",
             "oauth_applications", "oauth_authorizations", "oauth_scopes", "oauth_tokens", "seeded_permissions"]),
        new(typeof(ProjectsDbContext), "projects",
            ["projects", "tasks", "project_members", "project_non_working_days", "task_statuses", "task_assignees", "task_labels",
             "task_watchers", "task_dependencies", "milestones", "project_activity", "comments", "comment_revisions",
             "comment_mentions", "comment_reactions", "task_links", "time_entries", "running_timers", "task_feeds",
             "platform_outbox", "platform_inbox"]),
        new(typeof(HrDbContext), "hr",
            ["employees", "employee_skills", "employee_photos", "departments", "locations", "holiday_calendars", "holidays",
             "leave_types", "leave_requests", "leave_ledger", "employee_leave_years", "calendar_feeds", "work_schedules",
             "work_schedule_days", "attendance_entries", "attendance_corrections", "timesheets", "kiosk_pin_lockouts",
             "attendance_anomaly_reports", "platform_outbox", "platform_inbox"]),
        new(typeof(DocumentsDbContext), "documents",
            ["spaces", "folders", "folder_grants", "documents", "document_versions", "document_tags", "document_metadata",
             "share_links", "upload_sessions", "search_entries", "platform_outbox", "platform_inbox"]),
    ];

    public static MigratedStore Named(string schema) => All.Single(s => s.Schema == schema);

    public static TheoryData<string> Schemas() => new(All.Select(s => s.Schema));

    public static TheoryData<string, DatabaseProvider> SchemasAndProviders()
    {
        var data = new TheoryData<string, DatabaseProvider>();
        foreach (var store in All)
        {
            foreach (var provider in Enum.GetValues<DatabaseProvider>())
            {
                data.Add(store.Schema, provider);
            }
        }

        return data;
    }
}

/// <summary>A context family (base type plus one subclass per provider) and the tables its migrations must create.</summary>
/// <param name="ContextType">The abstract context the code uses.</param>
/// <param name="Schema">The schema on server databases (and the SQLite file name).</param>
/// <param name="ExpectedTables">Tables the migrations must create; keeps the checks from passing on an empty model.</param>
public sealed record MigratedStore(Type ContextType, string Schema, IReadOnlyList<string> ExpectedTables)
{
    /// <summary>
    /// Creates the provider's context through the design-time factory that <c>dotnet ef</c> uses to generate
    /// its migrations, so the tests see exactly the model and options the migrations were made from.
    /// </summary>
    public DbContext CreateDesignTimeContext(DatabaseProvider provider)
    {
        var contexts = DesignTimeFactories()
            .Select(f => f.Create())
            .ToList();
        var matching = contexts.Where(c => ProviderOf(c) == provider).ToList();
        foreach (var other in contexts.Except(matching))
        {
            other.Dispose();
        }

        return matching.Count == 1
            ? matching[0]
            : throw new InvalidOperationException(
                $"{ContextType.Name} needs exactly one design-time factory for {provider}; found {matching.Count}.");
    }

    /// <summary>The provider-specific context with its connection pointed at a real database.</summary>
    public DbContext CreateContext(DatabaseProvider provider, string connectionString)
    {
        var context = CreateDesignTimeContext(provider);
        context.Database.SetConnectionString(connectionString);
        return context;
    }

    private IEnumerable<DesignTimeFactory> DesignTimeFactories() =>
        from type in ContextType.Assembly.GetTypes()
        where type is { IsAbstract: false, IsGenericTypeDefinition: false }
        from contract in type.GetInterfaces()
        where contract.IsGenericType && contract.GetGenericTypeDefinition() == typeof(IDesignTimeDbContextFactory<>)
        let produced = contract.GetGenericArguments()[0]
        where produced.IsAssignableTo(ContextType)
        select new DesignTimeFactory(type, contract);

    private static DatabaseProvider ProviderOf(DbContext context) => context.Database switch
    {
        var db when db.IsSqlite() => DatabaseProvider.Sqlite,
        var db when db.IsNpgsql() => DatabaseProvider.Postgres,
        var db when db.IsSqlServer() => DatabaseProvider.SqlServer,
        _ => throw new NotSupportedException(context.Database.ProviderName),
    };

    private sealed record DesignTimeFactory(Type Type, Type Contract)
    {
        public DbContext Create()
        {
            // Factories are internal to their assemblies; reflection keeps production visibility unchanged.
            var factory = Activator.CreateInstance(Type, nonPublic: true)!;
            var create = Contract.GetMethod(nameof(IDesignTimeDbContextFactory<DbContext>.CreateDbContext))!;
            try
            {
                return (DbContext)create.Invoke(factory, [Array.Empty<string>()])!;
            }
            catch (TargetInvocationException e) when (e.InnerException is not null)
            {
                ExceptionDispatchInfo.Throw(e.InnerException);
                throw;
            }
        }
    }
}
