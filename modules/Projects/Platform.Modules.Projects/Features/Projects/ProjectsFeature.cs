using Autofac;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.Modules.Projects.Events;
using Platform.Modules.Projects.Features.Access;
using Platform.Modules.Projects.Features.Calendar;
using Platform.Modules.Projects.Features.Members;
using Platform.Sdk.Modules;
using Platform.Sdk.Security;

namespace Platform.Modules.Projects.Features.Projects;

/// <summary>Projects themselves: their fields and visibility, members and working calendar.</summary>
internal static class ProjectsFeature
{
    public static void Configure(ModuleBuilder module)
    {
        module.Services.RegisterType<ProjectAccess>().InstancePerLifetimeScope();
        module.Services.RegisterType<ProjectCalendars>().InstancePerLifetimeScope();
        module.Events
            .Publishes<ProjectCreated>()
            .Publishes<ProjectUpdated>();
    }

    public static void Map(IEndpointRouteBuilder api)
    {
        var projects = api.MapGroup("/projects").WithTags("Projects");
        projects.MapGet("/", ListProjects.Handle)
            .RequirePermission(ProjectPermissions.Read)
            .WithSummary("List projects")
            .WithDescription("The projects the caller may see: company-wide ones, those open to their department (or one above it), private ones they own or belong to, all with projects.manage. Filter by status, visibility and text (q matches key and name); sort by key, name, status, startDate, targetDate, createdAt or updatedAt (prefix - for descending); paged.");
        projects.MapPost("/", CreateProject.Handle)
            .RequirePermission(ProjectPermissions.Write)
            .WithSummary("Create a project")
            .WithDescription("Keys are 2-10 upper-case letters or digits and unique. Visibility is Company (default), Department (with departmentId: people of that department and its sub-departments see it) or Private (only members, the owner and projects.manage see it). The creating user becomes its owner and a manager; the project gets the default statuses (To do, In progress, Done) and a Monday-Friday calendar. Publishes projects.project-created.v1. The response carries the ETag.");
        projects.MapGet("/{id:guid}", GetProject.Handle)
            .RequirePermission(ProjectPermissions.Read)
            .WithSummary("Get a project")
            .WithDescription("The ETag header holds the version to send as If-Match when updating.");
        projects.MapPut("/{id:guid}", UpdateProject.Handle)
            .RequirePermission(ProjectPermissions.Write)
            .WithSummary("Update a project")
            .WithDescription("Replaces the editable fields (a missing visibility keeps the current one). For the project's managers and projects.manage. Requires If-Match with the current ETag: 428 without it, 412 when it is stale. Publishes projects.project-updated.v1.");
        projects.MapDelete("/{id:guid}", DeleteProject.Handle)
            .RequirePermission(ProjectPermissions.Write)
            .WithSummary("Delete a project")
            .WithDescription("Deletes the project with everything in it. For the project's managers and projects.manage. Requires If-Match.");

        var members = projects.MapGroup("/{projectId:guid}/members").WithTags("Members");
        members.MapGet("/", ProjectMembers.List)
            .RequirePermission(ProjectPermissions.Read)
            .WithSummary("List a project's members")
            .WithDescription("Every member with their role (Viewer, Member, Manager); the owner is a manager.");
        members.MapPut("/{userId:guid}", ProjectMembers.Set)
            .RequirePermission(ProjectPermissions.Write)
            .WithSummary("Add a member or change their role")
            .WithDescription("201 when the user was not a member, 200 when their role changed. For the project's managers and projects.manage.");
        members.MapDelete("/{userId:guid}", ProjectMembers.Remove)
            .RequirePermission(ProjectPermissions.Write)
            .WithSummary("Remove a member")
            .WithDescription("The owner cannot be removed. For the project's managers and projects.manage.");

        var calendar = projects.MapGroup("/{projectId:guid}/calendar").WithTags("Calendar");
        calendar.MapGet("/", ProjectCalendarEndpoints.Get)
            .RequirePermission(ProjectPermissions.Read)
            .WithSummary("Get a project's working calendar")
            .WithDescription("Working weekdays, the holiday calendar it follows (one of GET /holiday-calendars: HR's office calendars when HR is installed) with that calendar's holidays of the given year (default: this year), and the project's own non-working days. Durations and lags count working days of this calendar. The ETag is the project's.");
        calendar.MapPut("/", ProjectCalendarEndpoints.Update)
            .RequirePermission(ProjectPermissions.Write)
            .WithSummary("Change a project's working calendar")
            .WithDescription("Replaces the working weekdays, the holiday calendar (null for none) and the project's own non-working days, and reschedules its automatic tasks. For the project's managers and projects.manage. Requires If-Match with the project's ETag. Publishes projects.project-updated.v1.");

        api.MapGet("/holiday-calendars", ProjectCalendarEndpoints.ListHolidayCalendars)
            .RequirePermission(ProjectPermissions.Read)
            .WithTags("Calendar")
            .WithSummary("List the holiday calendars projects can follow")
            .WithDescription("The organisation's holiday calendars with the offices that use them: HR's calendars when HR is installed, none otherwise.");
    }
}
