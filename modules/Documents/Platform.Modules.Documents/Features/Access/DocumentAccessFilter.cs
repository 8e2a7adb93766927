using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Platform.Modules.Documents.Features.Access;

/// <summary>Loads the caller's departments before every endpoint of the module runs.</summary>
internal static class DocumentAccessFilter
{
    public static async ValueTask<object?> LoadAccessAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var access = context.HttpContext.RequestServices.GetRequiredService<DocumentAccess>();
        await access.LoadAsync(context.HttpContext.RequestAborted);
        return await next(context);
    }
}
