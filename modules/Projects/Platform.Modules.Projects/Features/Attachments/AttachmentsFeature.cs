using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.Sdk.Modules;
using Platform.Sdk.Security;

namespace Platform.Modules.Projects.Features.Attachments;

/// <summary>Attachments of tasks: web links, and documents of the Documents module through the SDK's document library.</summary>
internal static class AttachmentsFeature
{
    public static void Configure(ModuleBuilder module)
    {
        // Nothing to register: links publish no events of their own (the audit trail records them).
        _ = module;
    }

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/tasks/{id:guid}/links", TaskLinks.List)
            .RequirePermission(ProjectPermissions.Read)
            .WithTags("Attachments")
            .WithSummary("List a task's links")
            .WithDescription("Oldest first. kind is Url (url set) or Document (documentId set, and document describing it as the reader may see it now: name, path, type, size, version and download address; null when they may not open it, it is in the recycle bin, or the Documents module is not running).");
        api.MapPost("/tasks/{id:guid}/links", TaskLinks.Add)
            .RequirePermission(ProjectPermissions.Write)
            .WithTags("Attachments")
            .WithSummary("Attach a link to a task")
            .WithDescription("A Url link: url must be an absolute http or https address without user name or password (javascript:, data:, file: and relative addresses are a 400). A Document link: kind Document and documentId, a document of the Documents module the caller may open (400 otherwise, or when that module is not running). title defaults to the address or the document's name. For those who may change the project's tasks. At most 200 links per task.");
        api.MapDelete("/links/{id:guid}", TaskLinks.Delete)
            .RequirePermission(ProjectPermissions.Write)
            .WithTags("Attachments")
            .WithSummary("Remove a link")
            .WithDescription("For those who may change the project's tasks. Requires If-Match with the link's ETag.");
    }
}
