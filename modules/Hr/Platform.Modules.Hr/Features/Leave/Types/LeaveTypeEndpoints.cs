using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Hr.Domain.Leave;
using Platform.Modules.Hr.Persistence;
using Platform.Sdk.Http;
using Platform.Sdk.Security;
using Microsoft.AspNetCore.Builder;

namespace Platform.Modules.Hr.Features.Leave.Types;

/// <summary>Leave types: everyone who requests leave reads them, HR keeps them.</summary>
internal static class LeaveTypeEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var types = endpoints.MapGroup("/leave-types").WithTags("Leave types");
        types.MapGet("/", List)
            .RequirePermission(HrPermissions.LeaveRequest)
            .WithSummary("List leave types")
            .WithDescription("Every leave type with its accrual rule, ordered by code.");
        types.MapGet("/{id:guid}", Get)
            .RequirePermission(HrPermissions.LeaveRequest)
            .WithSummary("Get a leave type")
            .WithDescription("The ETag header holds the version to send as If-Match when updating or deleting.");
        types.MapPost("/", Create)
            .RequirePermission(HrPermissions.LeaveManage)
            .WithSummary("Create a leave type")
            .WithDescription("Codes are unique (stored upper-case). kind is Annual, Sick, Unpaid or Custom. A type that uses a balance accrues daysPerYear each leave year (calendar year), pro-rated for joiners and leavers to the nearest half day when proRateForJoiners is true; at year end up to carryOverMaxDays unused days move into the next year and lapse carryOverExpiryMonths after it starts (null: never); the rest lapses.");
        types.MapPut("/{id:guid}", Update)
            .RequirePermission(HrPermissions.LeaveManage)
            .WithSummary("Update a leave type")
            .WithDescription("Replaces every field. Rule changes apply to postings not yet made; past ledger entries stay as they are. Requires If-Match: 428 without it, 412 when stale.");
        types.MapDelete("/{id:guid}", Delete)
            .RequirePermission(HrPermissions.LeaveManage)
            .WithSummary("Delete a leave type")
            .WithDescription("Only a type no request and no ledger entry uses can be deleted (409 otherwise). Requires If-Match.");
    }

    private static async Task<Ok<List<LeaveTypeDto>>> List(HrDbContext db, CancellationToken cancellationToken)
    {
        var types = await db.LeaveTypes.AsNoTracking().OrderBy(t => t.Code).ToListAsync(cancellationToken);
        return TypedResults.Ok(types.Select(LeaveTypeDto.From).ToList());
    }

    private static async Task<Results<Ok<LeaveTypeDto>, ProblemHttpResult>> Get(Guid id, HrDbContext db, HttpResponse response, CancellationToken cancellationToken)
    {
        var type = await db.LeaveTypes.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (type is null)
        {
            return ApiProblems.NotFound("Leave type", id);
        }

        Preconditions.SetETag(response, type.Version);
        return TypedResults.Ok(LeaveTypeDto.From(type));
    }

    private static async Task<Results<Created<LeaveTypeDto>, ValidationProblem, ProblemHttpResult>> Create(
        LeaveTypeRequest request, HrDbContext db, TimeProvider time, HttpResponse response, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        LeaveTypeRules.Validate(request, errors);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var code = request.Code.Trim().ToUpperInvariant();
        if (await db.LeaveTypes.AnyAsync(t => t.Code == code, cancellationToken))
        {
            return ApiProblems.Conflict($"A leave type with code '{code}' already exists.", "Leave type codes are unique; choose another code.");
        }

        var now = time.GetUtcNow();
        var type = new LeaveType { Id = Guid.CreateVersion7(now), CreatedAt = now, UpdatedAt = now };
        LeaveTypeRules.Apply(request, type);
        db.LeaveTypes.Add(type);
        await db.SaveChangesAsync(cancellationToken);
        Preconditions.SetETag(response, type.Version);
        return TypedResults.Created($"/api/hr/leave-types/{type.Id}", LeaveTypeDto.From(type));
    }

    private static async Task<Results<Ok<LeaveTypeDto>, ValidationProblem, ProblemHttpResult>> Update(
        Guid id, LeaveTypeRequest request, HrDbContext db, TimeProvider time, HttpRequest httpRequest, HttpResponse response, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        LeaveTypeRules.Validate(request, errors);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var type = await db.LeaveTypes.FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (type is null)
        {
            return ApiProblems.NotFound("Leave type", id);
        }

        if (Preconditions.CheckIfMatch(httpRequest, type.Version) is { } failed)
        {
            return failed;
        }

        var code = request.Code.Trim().ToUpperInvariant();
        if (code != type.Code && await db.LeaveTypes.AnyAsync(t => t.Code == code, cancellationToken))
        {
            return ApiProblems.Conflict($"A leave type with code '{code}' already exists.", "Leave type codes are unique; choose another code.");
        }

        LeaveTypeRules.Apply(request, type);
        if (db.ChangeTracker.HasChanges())
        {
            type.UpdatedAt = time.GetUtcNow();
            await db.SaveChangesAsync(cancellationToken);
        }

        Preconditions.SetETag(response, type.Version);
        return TypedResults.Ok(LeaveTypeDto.From(type));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> Delete(Guid id, HrDbContext db, HttpRequest request, CancellationToken cancellationToken)
    {
        var type = await db.LeaveTypes.FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (type is null)
        {
            return ApiProblems.NotFound("Leave type", id);
        }

        if (Preconditions.CheckIfMatch(request, type.Version) is { } failed)
        {
            return failed;
        }

        if (await db.LeaveRequests.AnyAsync(r => r.LeaveTypeId == id, cancellationToken) || await db.LeaveLedger.AnyAsync(e => e.LeaveTypeId == id, cancellationToken))
        {
            return ApiProblems.Conflict($"Leave type '{type.Code}' is in use.", "Requests or balances refer to it; it stays so that their history keeps its meaning.");
        }

        db.LeaveTypes.Remove(type);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }
}
