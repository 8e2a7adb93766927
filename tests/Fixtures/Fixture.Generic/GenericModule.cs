using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Autofac;
using Platform.Sdk.Modules;
using Platform.Sdk.People;
using Platform.Sdk.Security;

namespace Fixture.Generic;

/// <summary>
/// A module that throws in the step named by <c>Modules:{id}:ThrowIn</c> (configure, start, endpoints)
/// and appends its id to the file <c>Modules:{id}:StartLog</c> when it starts, so tests see the order.
/// <c>Modules:{id}:ExtraPermission</c> names one more permission it declares (granted to Employees by default);
/// with <c>Modules:{id}:PeopleDepartment</c> it provides the people directory (<see cref="ConfiguredPeopleDirectory"/>).
/// </summary>
public sealed class GenericModule : PlatformModule
{
    private ModuleInfo? _info;

    public override void Configure(ModuleBuilder module)
    {
        _info = module.Info;
        ThrowIf("configure");
        module.Permissions.Declare($"{module.Info.Id}.read", "Read the fixture.");
        if (module.Info.Configuration["ExtraPermission"] is { Length: > 0 } extra)
        {
            module.Permissions.Declare(extra, "A permission named by configuration.", "Employee");
        }

        if (module.Info.Configuration["PeopleDepartment"] is { Length: > 0 })
        {
            module.Services.RegisterInstance(module.Info);
            module.ProvideCapability<IPeopleDirectory, ConfiguredPeopleDirectory>();
        }
    }

    public override Task StartAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        ThrowIf("start");
        if (_info!.Configuration["StartLog"] is { Length: > 0 } log)
        {
            File.AppendAllText(log, _info.Id + Environment.NewLine);
        }

        return Task.CompletedTask;
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        ThrowIf("endpoints");
        var id = _info!.Id;
        endpoints.MapGet("/ping", () => TypedResults.Ok(new { module = id })).RequirePermission($"{id}.read");
    }

    private void ThrowIf(string step)
    {
        if (string.Equals(_info?.Configuration["ThrowIn"], step, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"fixture {_info!.Id} was told to fail in {step}");
        }
    }
}
