using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;
using Platform.Sdk.Security;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Platform.Host.Kernel.OpenApi;

/// <summary>
/// Marks every operation not open to anonymous callers as needing a bearer token (and answering 401), and names the
/// permission it requires (in its description, and a 403 answer).
/// </summary>
internal sealed class BearerSecurityFilter : IOperationFilter
{
    public const string Scheme = "bearer";

    public static OpenApiSecurityScheme Definition => new()
    {
        Type = SecuritySchemeType.Http,
        Scheme = Scheme,
        BearerFormat = "JWT",
        Description = "An access token from POST /connect/token. A client's token carries the permissions granted to it as scopes.",
    };

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        // Every endpoint requires an authenticated caller (the fallback policy) unless it allows anonymous callers.
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<IAllowAnonymous>().Any())
        {
            return;
        }

        operation.Security ??= [];
        operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Scheme, context.Document)] = [] });
        operation.Responses ??= [];
        operation.Responses.TryAdd("401", new OpenApiResponse { Description = "No valid access token (or the user is deactivated)." });

        var permissions = metadata.OfType<RequiredPermission>().Select(p => p.Name).Distinct(StringComparer.Ordinal).ToList();
        if (permissions.Count == 0)
        {
            return;
        }

        var names = string.Join(", ", permissions.Select(p => $"`{p}`"));
        operation.Responses.TryAdd("403", new OpenApiResponse { Description = $"The caller lacks the permission {names}." });
        var requirement = $"Requires the permission {names}.";
        operation.Description = string.IsNullOrEmpty(operation.Description) ? requirement : $"{operation.Description}\n\n{requirement}";
    }
}
