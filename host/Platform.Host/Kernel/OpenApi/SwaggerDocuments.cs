using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Platform.Host.Kernel.Modules;
using Swashbuckle.AspNetCore.SwaggerGen;
using Swashbuckle.AspNetCore.SwaggerUI;

namespace Platform.Host.Kernel.OpenApi;

/// <summary>
/// One OpenAPI document per running module plus the platform's own. Modules are known only after the kernel
/// loaded them: the generator's options are first read by the first /swagger request, which the startup gate
/// holds back until then, and the UI lists the documents lazily.
/// </summary>
internal sealed class SwaggerDocuments(ModuleCatalog catalog) : IConfigureOptions<SwaggerGenOptions>, IConfigureOptions<SwaggerUIOptions>
{
    public const string PlatformDocument = "platform";

    public void Configure(SwaggerGenOptions options)
    {
        options.SwaggerDoc(PlatformDocument, new OpenApiInfo
        {
            Title = "Platform",
            Version = "v1",
            Description = "The host's own API: modules, events, audit, the caller's identity.",
        });
        foreach (var module in catalog.Running)
        {
            options.SwaggerDoc(module.Id, new OpenApiInfo
            {
                Title = module.Manifest!.Name,
                Version = module.Manifest.Version.ToString(),
                Description = module.Manifest.Description,
            });
        }

        options.AddSecurityDefinition(BearerSecurityFilter.Scheme, BearerSecurityFilter.Definition);
        options.OperationFilter<BearerSecurityFilter>();
        options.DocInclusionPredicate((document, api) => api.GroupName == document);
        options.CustomSchemaIds(type => SchemaId(type));
    }

    public void Configure(SwaggerUIOptions options)
    {
        options.RoutePrefix = "swagger";
        options.DocumentTitle = "Platform API";
        // The UI middleware reads its options when the pipeline is built, before modules load; a lazy list
        // names the documents each time the page is served.
        options.ConfigObject.Urls = new DocumentUrls(catalog);
    }

    private sealed class DocumentUrls(ModuleCatalog catalog) : IEnumerable<UrlDescriptor>
    {
        public IEnumerator<UrlDescriptor> GetEnumerator() =>
            catalog.Running
                .Select(m => new UrlDescriptor { Url = $"/swagger/{m.Id}/swagger.json", Name = m.Manifest!.Name })
                .Prepend(new UrlDescriptor { Url = $"/swagger/{PlatformDocument}/swagger.json", Name = "Platform" })
                .GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    private static string SchemaId(Type type) =>
        type.IsGenericType
            ? type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)] + "Of" + string.Concat(type.GetGenericArguments().Select(SchemaId))
            : type.Name;
}
