using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Platform.Modules.Projects.Features.Access;

/// <summary>Loads the caller's departments into <see cref="ProjectAccess"/> before any Projects endpoint runs.</summary>
internal static class ProjectAccessFilter
{
    public static async ValueTask<object?> LoadAccessAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        await http.RequestServices.GetRequiredService<ProjectAccess>().LoadAsync(http.RequestAborted);
        return await next(context);
    }
}
