using Microsoft.AspNetCore.Routing;
using Platform.Sdk.Modules;

namespace Platform.Modules.Projects.Features.Comments;

/// <summary>Comments on tasks: Markdown, @mentions, edit history, reactions.</summary>
internal static class CommentsFeature
{
    public static void Configure(ModuleBuilder module)
    {
    }

    public static void Map(IEndpointRouteBuilder api)
    {
    }
}
