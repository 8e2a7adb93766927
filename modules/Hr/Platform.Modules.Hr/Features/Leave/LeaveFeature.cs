using Autofac;
using Microsoft.AspNetCore.Routing;
using Platform.Sdk.Modules;

namespace Platform.Modules.Hr.Features.Leave;

/// <summary>The Leave area of the HR module: its services, events and endpoints.</summary>
internal static class LeaveFeature
{
    public static void Configure(ModuleBuilder module)
    {
    }

    public static Task StartAsync(ILifetimeScope scope, CancellationToken cancellationToken) => Task.CompletedTask;

    public static Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public static void Map(IEndpointRouteBuilder endpoints)
    {
    }
}
