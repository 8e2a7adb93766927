namespace Platform.Host.Kernel.Modules;

/// <summary>
/// The route builder a module maps its endpoints on. Its <see cref="ServiceProvider"/> is the module's own
/// scope, so minimal-API parameter binding recognises the module's services; the endpoints end up in the
/// application's route table through <see cref="DataSources"/>.
/// </summary>
internal sealed class ModuleEndpointRouteBuilder(IEndpointRouteBuilder application, IServiceProvider moduleServices) : IEndpointRouteBuilder
{
    public IServiceProvider ServiceProvider => moduleServices;

    public ICollection<EndpointDataSource> DataSources { get; } = [];

    public IApplicationBuilder CreateApplicationBuilder() => application.CreateApplicationBuilder();
}

/// <summary>Marks an endpoint as belonging to a module, so requests to it run in the module's scope.</summary>
internal sealed record ModuleEndpointMetadata(string ModuleId);
