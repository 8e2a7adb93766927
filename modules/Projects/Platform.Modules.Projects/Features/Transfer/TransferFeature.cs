using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.Modules.Projects.Features.Transfer.Csv;
using Platform.Modules.Projects.Features.Transfer.Import;
using Platform.Modules.Projects.Features.Transfer.Mspdi;
using Platform.Sdk.Modules;
using Platform.Sdk.Security;

namespace Platform.Modules.Projects.Features.Transfer;

/// <summary>Import and export: CSV, XLSX and MS Project XML.</summary>
internal static class TransferFeature
{
    public static void Configure(ModuleBuilder module)
    {
    }

    public static void Map(IEndpointRouteBuilder api)
    {
        var projects = api.MapGroup("/projects").WithTags("Import and export");
        projects.MapPost("/{projectId:guid}/tasks/import", ImportTasks.Handle)
            .RequirePermission(ProjectPermissions.Write)
            .WithMetadata(ImportFile.BodyLimit(ImportTasks.MaxBytes))
            .WithSummary("Import tasks from CSV")
            .WithDescription($"The body is a CSV file (UTF-8, comma-separated, header row; Content-Type text/csv) or a multipart/form-data upload of one, at most {ImportTasks.MaxBytes} bytes. Columns, in any order, only title required: {string.Join(", ", TaskColumns.All)}. Rows are numbered from 1 after the header (as MS Project's ID); parent is a row number, predecessors are row numbers with an optional link type and lag in working days (\"3\", \"3FS+2\", \"5SS-1\"; ';' between several). status is a key or name of the project's statuses (or ToDo/InProgress/Done for the first of that kind); assignees are emails or user ids of people and department:{{id}} for department queues (';' between several); labels are ';'-separated; milestone is a name (a new one is created, dated by its latest task, when the project has none of that name); dates are yyyy-MM-dd, duration in working days, estimate and remaining in hours. Tasks are appended to the project, all or nothing: any problem answers 400 listing every one with its row and column (rowErrors) and nothing is written. dryRun=true answers what would be created. Publishes task-created, task-assigned and dependency-added events.");
        projects.MapGet("/{projectId:guid}/tasks/export", ExportTasks.Handle)
            .RequirePermission(ProjectPermissions.Read)
            .WithSummary("Export tasks as CSV or XLSX")
            .WithDescription("format=csv (default) or xlsx. The import's columns, rows in outline order (each parent before its subtasks) with parent and predecessors as row numbers of the file, so the file can be edited and imported again. Only projects the caller may see.");
        projects.MapPost("/{projectId:guid}/import/mspdi", ImportMspdi.Handle)
            .RequirePermission(ProjectPermissions.Write)
            .WithMetadata(ImportFile.BodyLimit(ImportMspdi.MaxBytes))
            .WithSummary("Import an MS Project XML file")
            .WithDescription($"An MSPDI file (as MS Project saves \"XML format\"; Content-Type application/xml, or multipart/form-data), at most {ImportMspdi.MaxBytes} bytes. The tasks are appended to the project with their hierarchy (OutlineLevel), dates, durations (8-hour days), percent complete, manual mode, notes and predecessor links (types FF/FS/SF/SS, lags converted to working days); milestone tasks become milestones linked to the tasks before them. The calendar's weekdays and days off are taken only when the project has no days off of its own and the caller manages it. DTDs and entity declarations are refused, never expanded. Any problem (not XML, wrong namespace, unknown link targets, cycles, units that cannot be represented) answers 400 naming the task by UID, and nothing is written; dryRun=true answers what would be created. Warnings list what was left out.");
        projects.MapGet("/{projectId:guid}/export/mspdi", ExportMspdi.Handle)
            .RequirePermission(ProjectPermissions.Read)
            .WithSummary("Export as MS Project XML")
            .WithDescription("An MSPDI file MS Project opens: the tasks in outline order with their dates, durations, progress, mode, notes and links (lags in days), each milestone as a zero-duration task linked from its tasks, and a Standard calendar with the project's weekdays and its own days off. Importing it again gives the same tasks, hierarchy, milestones and links.");
    }
}
