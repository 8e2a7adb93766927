using Autofac;
using Platform.Sdk.Modules;

namespace Platform.Modules.Documents.Features.Access;

/// <summary>Who may see and change what: the folder tree with the caller's access levels, kept in memory until it changes.</summary>
internal static class AccessFeature
{
    public static void Configure(ModuleBuilder module)
    {
        module.Services.RegisterType<DocumentAccess>().InstancePerLifetimeScope();
        module.Services.RegisterType<FolderTreeCache>().SingleInstance();
    }
}
