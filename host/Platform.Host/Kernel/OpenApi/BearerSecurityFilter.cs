using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Platform.Host.Kernel.OpenApi;

/// <summary>Marks operations whose endpoint requires authorization as needing a bearer token (and answering 401).</summary>
internal sealed class BearerSecurityFilter : IOperationFilter
{
    public const string Scheme = "bearer";

    public static OpenApiSecurityScheme Definition => new()
    {
        Type = SecuritySchemeType.Http,
        Scheme = Scheme,
        BearerFormat = "JWT",
        Description = "An access token from POST /connect/token (client credentials grant).",
    };

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        if (!metadata.OfType<IAuthorizeData>().Any() || metadata.OfType<IAllowAnonymous>().Any())
        {
            return;
        }

        operation.Security ??= [];
        operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Scheme, context.Document)] = [] });
    }
}
