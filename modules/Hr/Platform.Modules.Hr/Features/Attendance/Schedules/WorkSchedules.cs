using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Hr.Domain.Attendance;
using Platform.Modules.Hr.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Hr.Features.Attendance.Schedules;

/// <summary>Work schedules: read by everyone who clocks, kept by HR (hr.attendance.manage).</summary>
internal static class WorkSchedules
{
    public static async Task<Ok<List<WorkScheduleDto>>> List(HrDbContext db, CancellationToken cancellationToken)
    {
        var schedules = await db.WorkSchedules.AsNoTracking().Include(s => s.Days).OrderBy(s => s.Name).ToListAsync(cancellationToken);
        return TypedResults.Ok(schedules.Select(WorkScheduleDto.From).ToList());
    }

    public static async Task<Results<Ok<WorkScheduleDto>, ProblemHttpResult>> Get(Guid id, HrDbContext db, HttpResponse response, CancellationToken cancellationToken)
    {
        var schedule = await db.WorkSchedules.AsNoTracking().Include(s => s.Days).FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (schedule is null)
        {
            return ApiProblems.NotFound("Work schedule", id);
        }

        Preconditions.SetETag(response, schedule.Version);
        return TypedResults.Ok(WorkScheduleDto.From(schedule));
    }

    public static async Task<Results<Created<WorkScheduleDto>, ValidationProblem, ProblemHttpResult>> Create(
        WorkScheduleRequest request, HrDbContext db, TimeProvider time, HttpResponse response, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var days = WorkScheduleRules.Validate(request, errors);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var name = request.Name!.Trim();
        if (await db.WorkSchedules.AnyAsync(s => s.Name == name, cancellationToken))
        {
            return ApiProblems.Conflict($"A work schedule named '{name}' already exists.", "Schedule names are unique.");
        }

        var now = time.GetUtcNow();
        var schedule = new WorkSchedule { Id = Guid.CreateVersion7(now), Name = name, GraceMinutes = request.GraceMinutes ?? 0, CreatedAt = now, UpdatedAt = now };
        WorkScheduleRules.ApplyDays(schedule, days);
        db.WorkSchedules.Add(schedule);
        await db.SaveChangesAsync(cancellationToken);
        Preconditions.SetETag(response, schedule.Version);
        return TypedResults.Created($"/api/hr/work-schedules/{schedule.Id}", WorkScheduleDto.From(schedule));
    }

    public static async Task<Results<Ok<WorkScheduleDto>, ValidationProblem, ProblemHttpResult>> Update(
        Guid id, WorkScheduleRequest request, HrDbContext db, TimeProvider time, HttpRequest httpRequest, HttpResponse response, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var days = WorkScheduleRules.Validate(request, errors);
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var schedule = await db.WorkSchedules.Include(s => s.Days).FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (schedule is null)
        {
            return ApiProblems.NotFound("Work schedule", id);
        }

        if (Preconditions.CheckIfMatch(httpRequest, schedule.Version) is { } failed)
        {
            return failed;
        }

        var name = request.Name!.Trim();
        if (await db.WorkSchedules.AnyAsync(s => s.Name == name && s.Id != id, cancellationToken))
        {
            return ApiProblems.Conflict($"A work schedule named '{name}' already exists.", "Schedule names are unique.");
        }

        schedule.Name = name;
        schedule.GraceMinutes = request.GraceMinutes ?? 0;
        WorkScheduleRules.ApplyDays(schedule, days);
        schedule.UpdatedAt = time.GetUtcNow();
        // Day rows are separate; touching the schedule row keeps its version (ETag) moving with them.
        db.Entry(schedule).State = EntityState.Modified;
        await db.SaveChangesAsync(cancellationToken);
        Preconditions.SetETag(response, schedule.Version);
        return TypedResults.Ok(WorkScheduleDto.From(schedule));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Delete(Guid id, HrDbContext db, HttpRequest httpRequest, CancellationToken cancellationToken)
    {
        var schedule = await db.WorkSchedules.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (schedule is null)
        {
            return ApiProblems.NotFound("Work schedule", id);
        }

        if (Preconditions.CheckIfMatch(httpRequest, schedule.Version) is { } failed)
        {
            return failed;
        }

        var users = await db.Employees.CountAsync(e => e.WorkScheduleId == id, cancellationToken);
        if (users > 0)
        {
            return ApiProblems.Conflict("The work schedule is in use.", $"{users} employee(s) follow it; assign them another schedule first.");
        }

        db.WorkSchedules.Remove(schedule);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }
}
