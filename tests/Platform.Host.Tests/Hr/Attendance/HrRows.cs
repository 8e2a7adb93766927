using Autofac;
using Microsoft.Extensions.DependencyInjection;
using Platform.Host.Kernel.Modules;
using Platform.Host.Tests.Infrastructure;
using Platform.Sdk.Persistence;

namespace Platform.Host.Tests.Hr.Attendance;

/// <summary>
/// Writes HR rows that other areas' endpoints would create (employees, locations, holidays, leave) through the HR
/// module's own DbContext in a scope of the running host. The module is a plugin the tests do not reference, so rows
/// are given by entity name and property values.
/// </summary>
internal sealed class HrRows(PlatformHost host)
{
    public async Task<Guid> AddAsync(string entity, object values)
    {
        _ = host.CreateClient();
        var module = host.Services.GetRequiredService<ModuleCatalog>().Modules.Single(m => m.Id == "hr");
        await using var scope = module.Scope!.BeginLifetimeScope();
        var db = scope.Resolve<ModuleDbContext>();
        var type = db.Model.GetEntityTypes().Single(t => t.ClrType.Name == entity).ClrType;
        var row = Activator.CreateInstance(type)!;
        var id = Guid.CreateVersion7();
        type.GetProperty("Id")?.SetValue(row, id);
        foreach (var property in values.GetType().GetProperties())
        {
            var target = type.GetProperty(property.Name) ?? throw new ArgumentException($"{entity} has no property {property.Name}.");
            var value = property.GetValue(values);
            var targetType = Nullable.GetUnderlyingType(target.PropertyType) ?? target.PropertyType;
            if (targetType.IsEnum && value is string name)
            {
                value = Enum.Parse(targetType, name);
            }

            target.SetValue(row, value);
            if (property.Name == "Id" && value is Guid given)
            {
                id = given;
            }
        }

        db.Add(row);
        await db.SaveChangesAsync();
        return id;
    }

    /// <summary>An active employee, optionally linked to a user, with a manager and a location.</summary>
    public Task<Guid> EmployeeAsync(string number, Guid? userId = null, Guid? managerId = null, Guid? locationId = null) =>
        AddAsync("Employee", new
        {
            EmployeeNumber = number, FirstName = number, LastName = "Example", UserId = userId, ManagerId = managerId, LocationId = locationId,
            StartDate = new DateOnly(2025, 1, 1), Status = "Active", EmploymentType = "FullTime",
        });
}
