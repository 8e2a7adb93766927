using Autofac;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Host.Kernel.Modules;
using Platform.Host.Tests.Infrastructure;
using Platform.Sdk.Persistence;

namespace Platform.Host.Tests.Hr.Leave;

/// <summary>
/// Writes HR records (employees, locations) straight into the running HR module's database, as the directory's API
/// would. The module is a plugin the tests do not reference, so its entity types are found through the model and
/// filled by property name.
/// </summary>
internal static class HrRecords
{
    public static async Task<Guid> AddEmployeeAsync(
        this PlatformHost host, string number, string name, Guid? userId = null, Guid? managerId = null, Guid? locationId = null, Guid? departmentId = null, DateOnly? startDate = null)
    {
        var id = Guid.CreateVersion7();
        var parts = name.Split(' ', 2);
        await host.AddAsync("Employee", new Dictionary<string, object?>
        {
            ["Id"] = id, ["EmployeeNumber"] = number, ["FirstName"] = parts[0], ["LastName"] = parts.Length > 1 ? parts[1] : "", ["UserId"] = userId,
            ["ManagerId"] = managerId, ["LocationId"] = locationId, ["DepartmentId"] = departmentId, ["StartDate"] = startDate ?? new DateOnly(2020, 1, 1),
            ["SearchText"] = name.ToLowerInvariant(), ["CreatedAt"] = DateTimeOffset.UtcNow, ["UpdatedAt"] = DateTimeOffset.UtcNow,
        });
        return id;
    }

    public static async Task<Guid> AddLocationAsync(this PlatformHost host, string name, Guid? holidayCalendarId)
    {
        var id = Guid.CreateVersion7();
        await host.AddAsync("Location", new Dictionary<string, object?>
        {
            ["Id"] = id, ["Name"] = name, ["TimeZoneId"] = "Europe/Berlin", ["HolidayCalendarId"] = holidayCalendarId,
            ["CreatedAt"] = DateTimeOffset.UtcNow, ["UpdatedAt"] = DateTimeOffset.UtcNow,
        });
        return id;
    }

    public static async Task<Guid> AddDepartmentAsync(this PlatformHost host, string name)
    {
        var id = Guid.CreateVersion7();
        await host.AddAsync("Department", new Dictionary<string, object?>
        {
            ["Id"] = id, ["Name"] = name, ["CreatedAt"] = DateTimeOffset.UtcNow, ["UpdatedAt"] = DateTimeOffset.UtcNow,
        });
        return id;
    }

    /// <summary>The names of the integration events the HR module has written to its outbox.</summary>
    public static async Task<List<string>> HrEventNamesAsync(this PlatformHost host)
    {
        await using var scope = HrScope(host);
        var db = scope.Resolve<ModuleDbContext>();
        return await db.Outbox.AsNoTracking().Where(m => m.Kind == OutboxMessageKind.Event).OrderBy(m => m.Sequence).Select(m => m.Type).ToListAsync();
    }

    private static async Task AddAsync(this PlatformHost host, string entity, IReadOnlyDictionary<string, object?> values)
    {
        await using var scope = HrScope(host);
        var db = scope.Resolve<ModuleDbContext>();
        var type = db.Model.GetEntityTypes().Single(t => t.ClrType.Name == entity).ClrType;
        var record = Activator.CreateInstance(type)!;
        foreach (var (property, value) in values)
        {
            type.GetProperty(property)!.SetValue(record, value);
        }

        db.Add(record);
        await db.SaveChangesAsync();
    }

    private static ILifetimeScope HrScope(PlatformHost host)
    {
        _ = host.CreateClient(); // modules loaded
        var module = host.Services.GetRequiredService<ModuleCatalog>().Find("hr") ?? throw new InvalidOperationException("The HR module is not loaded.");
        return module.Scope!.BeginLifetimeScope();
    }
}
