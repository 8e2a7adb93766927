using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Hr.Domain;
using Platform.Modules.Hr.Events;
using Platform.Modules.Hr.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Hr.Features.Directory.Departments;

/// <summary>Department CRUD; every change publishes hr.department-changed.v1.</summary>
internal static class DepartmentEndpoints
{
    private static readonly SortFields<Department> Sorting = new SortFields<Department>()
        .Add("name", d => d.Name)
        .Add("code", d => d.Code)
        .Add("createdAt", d => d.Id);

    public static async Task<Results<Ok<PagedResult<DepartmentDto>>, ValidationProblem>> List(
        int? page, int? pageSize, string? sort, Guid? parentId, string? q, HrDbContext db, CancellationToken cancellationToken)
    {
        var paging = new PageRequest { Page = page, PageSize = pageSize };
        var errors = new ValidationErrors();
        paging.Validate(errors);
        var sortKeys = Sorting.Parse(sort, errors);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var query = db.Departments.AsNoTracking();
        if (parentId is { } parent)
        {
            query = query.Where(d => d.ParentId == parent);
        }

        if (!string.IsNullOrWhiteSpace(q))
        {
            var text = q.Trim().ToLowerInvariant();
            query = query.Where(d => d.Name.ToLower().Contains(text) || (d.Code != null && d.Code.ToLower().Contains(text)));
        }

        var ordered = Sorting.Apply(query, sortKeys.Count > 0 ? sortKeys : [new SortKey("name", false)], "createdAt");
        return TypedResults.Ok(await ordered.ToPagedResultAsync(paging, DepartmentDto.From, cancellationToken));
    }

    public static async Task<Results<Ok<DepartmentDto>, ProblemHttpResult>> Get(Guid id, HrDbContext db, HttpResponse response, CancellationToken cancellationToken)
    {
        var department = await db.Departments.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (department is null)
        {
            return ApiProblems.NotFound("Department", id);
        }

        Preconditions.SetETag(response, department.Version);
        return TypedResults.Ok(DepartmentDto.From(department));
    }

    public static async Task<Results<Created<DepartmentDto>, ValidationProblem, ProblemHttpResult>> Create(
        DepartmentRequest request, HrDbContext db, TimeProvider time, HttpResponse response, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var id = Guid.CreateVersion7(now);
        var errors = await DepartmentRules.ValidateAsync(db, id, request, cancellationToken);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (await DepartmentRules.WithCodeAsync(db, id, request.Code, cancellationToken) is { } clash)
        {
            return CodeTaken(clash);
        }

        var department = new Department { Id = id, CreatedAt = now, UpdatedAt = now };
        DepartmentRules.Apply(request, department);
        db.Departments.Add(department);
        db.PublishEvent(Changed(department, DepartmentChange.Created));
        await db.SaveChangesAsync(cancellationToken);
        Preconditions.SetETag(response, department.Version);
        return TypedResults.Created($"/api/hr/departments/{id}", DepartmentDto.From(department));
    }

    public static async Task<Results<Ok<DepartmentDto>, ValidationProblem, ProblemHttpResult>> Update(
        Guid id, DepartmentRequest request, HrDbContext db, TimeProvider time, HttpRequest httpRequest, HttpResponse response, CancellationToken cancellationToken)
    {
        var department = await db.Departments.FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (department is null)
        {
            return ApiProblems.NotFound("Department", id);
        }

        if (Preconditions.CheckIfMatch(httpRequest, department.Version) is { } failed)
        {
            return failed;
        }

        var errors = await DepartmentRules.ValidateAsync(db, id, request, cancellationToken);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (await DepartmentRules.WithCodeAsync(db, id, request.Code, cancellationToken) is { } clash)
        {
            return CodeTaken(clash);
        }

        var oldParent = department.ParentId;
        DepartmentRules.Apply(request, department);
        if (db.ChangeTracker.HasChanges())
        {
            department.UpdatedAt = time.GetUtcNow();
            db.PublishEvent(Changed(department, oldParent != department.ParentId ? DepartmentChange.Moved : DepartmentChange.Updated));
            await db.SaveChangesAsync(cancellationToken);
        }

        Preconditions.SetETag(response, department.Version);
        return TypedResults.Ok(DepartmentDto.From(department));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Delete(Guid id, HrDbContext db, HttpRequest httpRequest, CancellationToken cancellationToken)
    {
        var department = await db.Departments.FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (department is null)
        {
            return ApiProblems.NotFound("Department", id);
        }

        if (Preconditions.CheckIfMatch(httpRequest, department.Version) is { } failed)
        {
            return failed;
        }

        if (await db.Departments.AnyAsync(d => d.ParentId == id, cancellationToken))
        {
            return ApiProblems.Conflict($"{department.Name} has sub-departments.", "Move or delete its sub-departments first.");
        }

        // Left employees count too: their records keep pointing at the department they worked in.
        var members = await db.Employees.CountAsync(e => e.DepartmentId == id, cancellationToken);
        if (members > 0)
        {
            return ApiProblems.Conflict($"{department.Name} still has {members} employee(s).", "Move its employees to another department first.");
        }

        db.Departments.Remove(department);
        db.PublishEvent(Changed(department, DepartmentChange.Deleted));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    private static DepartmentChanged Changed(Department d, DepartmentChange change) => new(d.Id, change, d.Name, d.Code, d.ParentId, d.HeadId);

    private static ProblemHttpResult CodeTaken(Department clash) =>
        ApiProblems.Conflict($"The department code '{clash.Code}' is taken by {clash.Name}.", "Department codes are unique; choose another code.");
}
