using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Platform.Host.Kernel.Modules;
using Swashbuckle.AspNetCore.SwaggerGen;
using Swashbuckle.AspNetCore.SwaggerUI;

namespace Platform.Host.Kernel.OpenApi;

/// <summary>
/// One OpenAPI document per running module plus the platform's own. Modules are known only after the kernel
/// loaded them, so the documents are configured when the options are first read, which is after startup.
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
        options.SwaggerEndpoint($"/swagger/{PlatformDocument}/swagger.json", "Platform");
        foreach (var module in catalog.Running)
        {
            options.SwaggerEndpoint($"/swagger/{module.Id}/swagger.json", module.Manifest!.Name);
        }
    }

    private static string SchemaId(Type type) =>
        type.IsGenericType
            ? type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)] + "Of" + string.Concat(type.GetGenericArguments().Select(SchemaId))
            : type.Name;
}
