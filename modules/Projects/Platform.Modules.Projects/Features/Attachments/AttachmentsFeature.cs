using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.Sdk.Modules;
using Platform.Sdk.Security;

namespace Platform.Modules.Projects.Features.Attachments;

/// <summary>Attachments of tasks: links today, Documents references once that module's capability exists.</summary>
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
            .WithDescription("Oldest first. kind is Url (url set) or Document (documentId set).");
        api.MapPost("/tasks/{id:guid}/links", TaskLinks.Add)
            .RequirePermission(ProjectPermissions.Write)
            .WithTags("Attachments")
            .WithSummary("Attach a link to a task")
            .WithDescription("url must be an absolute http or https address without user name or password (javascript:, data:, file: and relative addresses are a 400); title defaults to the address. For those who may change the project's tasks. At most 200 links per task.");
        api.MapDelete("/links/{id:guid}", TaskLinks.Delete)
            .RequirePermission(ProjectPermissions.Write)
            .WithTags("Attachments")
            .WithSummary("Remove a link")
            .WithDescription("For those who may change the project's tasks. Requires If-Match with the link's ETag.");
    }
}
