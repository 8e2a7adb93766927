using Autofac;
using Microsoft.AspNetCore.Routing;
using Platform.Sdk.Modules;

namespace Platform.Modules.Documents.Features.Uploads;

/// <summary>Resumable uploads with the tus 1.0 core protocol and its creation, termination and expiration extensions.</summary>
internal static class UploadsFeature
{
    public static void Configure(ModuleBuilder module)
    {
        module.Services.RegisterType<UploadCompletion>().InstancePerLifetimeScope();
        module.Services.RegisterType<TusServices>().InstancePerLifetimeScope();
    }

    public static void Map(IEndpointRouteBuilder api) => UploadEndpoints.Map(api);
}
