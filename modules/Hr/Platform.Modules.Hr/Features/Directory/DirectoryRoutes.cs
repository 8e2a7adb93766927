using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Platform.Modules.Hr.Features.Directory.Departments;
using Platform.Modules.Hr.Features.Directory.Employees;
using Platform.Modules.Hr.Features.Directory.ImportExport;
using Platform.Modules.Hr.Features.Directory.Locations;
using Platform.Modules.Hr.Features.Directory.OrgChart;
using Platform.Modules.Hr.Features.Directory.Privacy;
using Platform.Modules.Hr.Features.Directory.VCards;
using Platform.Sdk.Security;

namespace Platform.Modules.Hr.Features.Directory;

/// <summary>The directory's endpoints: reads need hr.directory.read, changes hr.employees.manage.</summary>
internal static class DirectoryRoutes
{
    private const string Read = HrPermissions.DirectoryRead;
    private const string Manage = HrPermissions.EmployeesManage;

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        MapEmployees(endpoints.MapGroup("/employees").WithTags("Employees"));
        MapDepartments(endpoints.MapGroup("/departments").WithTags("Departments"));
        MapLocations(endpoints.MapGroup("/locations").WithTags("Locations"));
        MapOrgChart(endpoints.MapGroup("/org-chart").WithTags("Org chart"));

        endpoints.MapPost("/import/employees", ImportEmployees.Handle)
            .RequirePermission(Manage)
            .WithTags("Employees")
            .WithSummary("Import employees from CSV")
            .WithDescription($"The body is a CSV file (UTF-8, comma-separated, header row, at most {ImportEmployees.MaxBytes} bytes). Columns: employeeNumber, firstName, lastName, startDate (yyyy-MM-dd) are required; workEmail, workPhone, jobTitle, departmentCode, managerNumber (an employee number, stored or in the same file, any order), locationName, employmentType, status (Active or OnLeave), skills (separated by ';') and the personal privateAddress, birthDate, emergencyContactName, emergencyContactPhone are optional (an absent column keeps stored values, an empty cell clears them; endDate is ignored). Upserts by employee number, all or nothing: any problem answers 400 listing every one with its row (the header is row 1), column and message in rowErrors, and nothing is written. dryRun=true checks only. Answers the counts created, updated and unchanged; publishes hr.employee-hired.v1 and hr.employee-updated.v1 per row.");
        endpoints.MapGet("/export/employees", ExportEmployees.Handle)
            .RequirePermission(Manage)
            .WithTags("Employees")
            .WithSummary("Export employees as CSV or XLSX")
            .WithDescription("format=csv (default) or xlsx; the list's filters apply (departmentId, includeSubDepartments, locationId, managerId, status, employmentType, skill, q). Columns are the import's work columns plus endDate; includePersonal=true adds the personal ones. The file can be edited and imported back.");
    }

    private static void MapEmployees(RouteGroupBuilder employees)
    {
        employees.MapGet("/", ListEmployees.Handle)
            .RequirePermission(Read)
            .WithSummary("Search the directory")
            .WithDescription("Filter by departmentId (with its sub-departments unless includeSubDepartments=false), locationId, managerId (direct reports), status, employmentType, skill and text: every word of q must occur in the number, names, work email, job title or skills. Sort by employeeNumber, lastName, firstName, jobTitle, startDate, status, createdAt or updatedAt (prefix - for descending; default lastName, firstName); paged. Personal fields appear only for HR and on one's own record.");
        employees.MapPost("/", CreateEmployee.Handle)
            .RequirePermission(Manage)
            .WithSummary("Create an employee")
            .WithDescription("Employee numbers are unique (409 when taken), as is the link to a platform user (409 when the user is linked to another employee). Department, manager, location and user must exist (400 naming the field). Publishes hr.employee-hired.v1. The response carries the ETag.");
        employees.MapGet("/{id:guid}", GetEmployee.Handle)
            .RequirePermission(Read)
            .WithSummary("Get an employee")
            .WithDescription("Work fields for everyone; personal fields (personal) for HR and the employee. The ETag header holds the version to send as If-Match.");
        employees.MapPut("/{id:guid}", UpdateEmployee.Handle)
            .RequirePermission(Manage)
            .WithSummary("Update an employee")
            .WithDescription("Replaces the work fields; skills and personal are replaced when given and kept when null. A manager that closes a reporting cycle (A → B → A, or oneself) is a 400 naming the chain. Status Left is set by the leave endpoint only; setting a left employee Active again rehires them. Publishes hr.employee-updated.v1 with the changed field names. Requires If-Match: 428 without it, 412 when stale.");
        employees.MapPut("/{id:guid}/personal", UpdatePersonalDetails.Handle)
            .RequirePermission(Read)
            .WithSummary("Update one's personal details")
            .WithDescription("Replaces the personal fields (private address, birth date, emergency contact). For the employee themself and HR; 403 for anyone else. Requires If-Match.");
        employees.MapPost("/{id:guid}/leave", LeaveEmployee.Handle)
            .RequirePermission(Manage)
            .WithSummary("Record that an employee leaves")
            .WithDescription("Sets status Left and the end date (the last working day, default today). Publishes hr.employee-left.v1, on which the employee's platform account is deactivated. 409 when they already left.");
        employees.MapGet("/{id:guid}/photo", EmployeePhotos.Get)
            .RequirePermission(Read)
            .Produces(StatusCodes.Status200OK, contentType: "image/jpeg", additionalContentTypes: ["image/png", "image/webp", "image/gif"])
            .WithSummary("Get an employee's photo")
            .WithDescription("The image with its content type; 404 when there is none.");
        employees.MapPut("/{id:guid}/photo", EmployeePhotos.Put)
            .RequirePermission(Manage)
            .WithSummary("Upload an employee's photo")
            .WithDescription("The body is the image, at most 2 MiB (413 when larger). Its type is read from its bytes, not from Content-Type: JPEG, PNG, WebP and GIF are accepted, anything else is a 400.");
        employees.MapDelete("/{id:guid}/photo", EmployeePhotos.Delete)
            .RequirePermission(Manage)
            .WithSummary("Delete an employee's photo")
            .WithDescription("404 when there is none.");
        employees.MapGet("/{id:guid}/vcard", VCardEndpoints.Employee)
            .RequirePermission(Read)
            .Produces(StatusCodes.Status200OK, contentType: VCardWriter.ContentType)
            .WithSummary("Download an employee's vCard")
            .WithDescription("A vCard 4.0 (RFC 6350) with the work details: name, job title, department, work email and phone. Never personal fields.");
        employees.MapGet("/{id:guid}/personal-data", PersonalDataExports.Handle)
            .RequirePermission(Read)
            .WithSummary("Export everything HR holds on an employee")
            .WithDescription("For a data access request: the record with personal fields and skills, the photo, attendance set-up, clockings, corrections and timesheets, leave requests and the leave ledger, as JSON. For the employee themself and HR; 403 for anyone else.");
        employees.MapPost("/{id:guid}/erase", EraseEmployee.Handle)
            .RequirePermission(Manage)
            .WithSummary("Erase an employee's personal data")
            .WithDescription("Anonymises the record on request: name, work email and phone, personal fields, photo, skills and kiosk PIN go, the user account is unlinked; the row stays so head counts and leave and attendance totals are unchanged. Sets erasedAt; erasing again changes nothing. Publishes hr.employee-updated.v1.");
    }

    private static void MapDepartments(RouteGroupBuilder departments)
    {
        departments.MapGet("/", DepartmentEndpoints.List)
            .RequirePermission(Read)
            .WithSummary("List departments")
            .WithDescription("Filter by parentId and text (q matches name and code); sort by name (default), code or createdAt; paged. The tree with head counts is at /org-chart.");
        departments.MapPost("/", DepartmentEndpoints.Create)
            .RequirePermission(Manage)
            .WithSummary("Create a department")
            .WithDescription("Codes (upper-case letters, digits, '-') are unique: 409 when taken. The parent must be a department and the head an employee (400 naming the field). Publishes hr.department-changed.v1 (Created).");
        departments.MapGet("/{id:guid}", DepartmentEndpoints.Get)
            .RequirePermission(Read)
            .WithSummary("Get a department")
            .WithDescription("The ETag header holds the version to send as If-Match.");
        departments.MapPut("/{id:guid}", DepartmentEndpoints.Update)
            .RequirePermission(Manage)
            .WithSummary("Update or move a department")
            .WithDescription("Replaces name, code, parent and head. A parent below the department itself is a 400 naming the cycle. Publishes hr.department-changed.v1 (Moved when the parent changed, else Updated). Requires If-Match.");
        departments.MapDelete("/{id:guid}", DepartmentEndpoints.Delete)
            .RequirePermission(Manage)
            .WithSummary("Delete a department")
            .WithDescription("409 while it has sub-departments or employees (those who left included). Publishes hr.department-changed.v1 (Deleted). Requires If-Match.");
        departments.MapGet("/{id:guid}/vcard", VCardEndpoints.Department)
            .RequirePermission(Read)
            .Produces(StatusCodes.Status200OK, contentType: VCardWriter.ContentType)
            .WithSummary("Download a department's vCards")
            .WithDescription("One vCard 4.0 per current member, of its sub-departments too unless includeSubDepartments=false. Work details only.");
    }

    private static void MapLocations(RouteGroupBuilder locations)
    {
        locations.MapGet("/", LocationEndpoints.List)
            .RequirePermission(Read)
            .WithSummary("List locations")
            .WithDescription("All locations by name.");
        locations.MapPost("/", LocationEndpoints.Create)
            .RequirePermission(Manage)
            .WithSummary("Create a location")
            .WithDescription("Names are unique (409). timeZoneId must be an IANA time zone (e.g. Europe/Berlin; 400 otherwise); holidayCalendarId, when given, must exist.");
        locations.MapGet("/{id:guid}", LocationEndpoints.Get)
            .RequirePermission(Read)
            .WithSummary("Get a location")
            .WithDescription("The ETag header holds the version to send as If-Match.");
        locations.MapPut("/{id:guid}", LocationEndpoints.Update)
            .RequirePermission(Manage)
            .WithSummary("Update a location")
            .WithDescription("Replaces name, time zone, holiday calendar and address. Requires If-Match.");
        locations.MapDelete("/{id:guid}", LocationEndpoints.Delete)
            .RequirePermission(Manage)
            .WithSummary("Delete a location")
            .WithDescription("409 while employees work there (those who left included). Requires If-Match.");
    }

    private static void MapOrgChart(RouteGroupBuilder chart)
    {
        const string Counts = "Head counts cover current employees (not those who left) in the whole subtree; depth (0-20, default 3) limits how many levels are spelled out, not what is counted.";
        chart.MapGet("/", OrgChartEndpoints.Roots)
            .RequirePermission(Read)
            .WithSummary("The org chart")
            .WithDescription("The top-level departments with their sub-departments, each with its head, direct and total head counts. " + Counts);
        chart.MapGet("/departments/{id:guid}", OrgChartEndpoints.FromDepartment)
            .RequirePermission(Read)
            .WithSummary("The org chart from a department")
            .WithDescription("The department's subtree, each node with its head, direct and total head counts. " + Counts);
        chart.MapGet("/employees/{id:guid}", OrgChartEndpoints.FromEmployee)
            .RequirePermission(Read)
            .WithSummary("The reporting line below an employee")
            .WithDescription("The employee and their reports down the manager chain, each with direct and total report counts. " + Counts);
    }
}
