using Autofac;
using Platform.Modules.Documents.Events;
using Platform.Sdk.Modules;
using Platform.Sdk.Storage;

namespace Platform.Modules.Documents.Features.Content;

/// <summary>Documents and versions as stored: the blob container, the writer every upload path uses, and how content is served.</summary>
internal static class ContentFeature
{
    public static void Configure(ModuleBuilder module)
    {
        var container = module.Info.Id;
        module.Services.Register(c => new DocumentBlobs(c.Resolve<IBlobStorage>().GetContainer(container))).SingleInstance();
        module.Services.RegisterType<DocumentWriter>().InstancePerLifetimeScope();
        module.Events
            .Publishes<DocumentUploaded>()
            .Publishes<DocumentVersionAdded>();
    }
}
