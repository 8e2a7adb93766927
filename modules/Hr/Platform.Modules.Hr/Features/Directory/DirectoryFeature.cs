using Autofac;
using Microsoft.AspNetCore.Routing;
using Platform.Modules.Hr.Events;
using Platform.Modules.Hr.Features.Directory.Employees;
using Platform.Modules.Hr.Features.Directory.Leaving;
using Platform.Modules.Hr.Features.Directory.People;
using Platform.Sdk.Modules;
using Platform.Sdk.People;

namespace Platform.Modules.Hr.Features.Directory;

/// <summary>The Directory area of the HR module: its services, events and endpoints.</summary>
internal static class DirectoryFeature
{
    public static void Configure(ModuleBuilder module)
    {
        module.Services.RegisterType<EmployeeReferences>().InstancePerLifetimeScope();
        module.ProvideCapability<IPeopleDirectory, HrPeopleDirectory>();
        module.Events
            .Publishes<EmployeeHired>()
            .Publishes<EmployeeUpdated>()
            .Publishes<EmployeeLeft>()
            .Publishes<DepartmentChanged>()
            .Handle<EmployeeLeft, DeactivateAccountWhenEmployeeLeaves>();
    }

    public static Task StartAsync(ILifetimeScope scope, CancellationToken cancellationToken) => Task.CompletedTask;

    public static Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public static void Map(IEndpointRouteBuilder endpoints) => DirectoryRoutes.Map(endpoints);
}
