using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Projects.Domain;
using Platform.Modules.Projects.Features.Access;
using Platform.Modules.Projects.Features.Gantt;
using Platform.Modules.Projects.Features.Milestones;
using Platform.Modules.Projects.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Projects.Features.Reports;

/// <summary>The health of one milestone; <paramref name="DaysLate"/> counts calendar days past its date (Missed) or of its forecast past it (AtRisk).</summary>
public sealed record MilestoneHealthRow(
    Guid Id, string Name, DateOnly Date, MilestoneHealth Health, int Tasks, int DoneTasks, decimal? PercentDone, DateOnly? ForecastDate, int DaysLate, DateTimeOffset? ReachedAt);

public sealed record MilestoneHealthReport(int OnTrack, int AtRisk, int Reached, int Missed, IReadOnlyList<MilestoneHealthRow> Milestones);

internal static class MilestoneReportEndpoint
{
    public static async Task<Results<Ok<MilestoneHealthReport>, FileContentHttpResult, ValidationProblem, ProblemHttpResult>> Handle(
        Guid projectId, string? format, ProjectsDbContext db, ProjectAccess access, ProjectPlans plans, TimeProvider time, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var csv = ReportFormat.IsCsv(format, errors) == true;
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (await ReportScope.LoadAsync(projectId, db, access, plans, cancellationToken) is not { } scope)
        {
            return ApiProblems.NotFound("Project", projectId);
        }

        var today = ReadMilestones.Today(time);
        var milestones = await db.Milestones.AsNoTracking().Where(m => m.ProjectId == projectId).OrderBy(m => m.Date).ThenBy(m => m.Id).ToListAsync(cancellationToken);
        var rows = milestones.Select(m =>
        {
            var a = MilestoneAssessment.Of(m, scope.Plan, today);
            var daysLate = a.Health switch
            {
                MilestoneHealth.Missed => today.DayNumber - m.Date.DayNumber,
                MilestoneHealth.AtRisk when a.ForecastDate is { } forecast => forecast.DayNumber - m.Date.DayNumber,
                _ => 0,
            };
            decimal? percent = a.Tasks == 0 ? null : Math.Round(a.DoneTasks * 100m / a.Tasks, 1, MidpointRounding.AwayFromZero);
            return new MilestoneHealthRow(m.Id, m.Name, m.Date, a.Health, a.Tasks, a.DoneTasks, percent, a.ForecastDate, daysLate, m.ReachedAt);
        }).ToList();

        if (!csv)
        {
            int Count(MilestoneHealth health) => rows.Count(r => r.Health == health);
            return TypedResults.Ok(new MilestoneHealthReport(
                Count(MilestoneHealth.OnTrack), Count(MilestoneHealth.AtRisk), Count(MilestoneHealth.Reached), Count(MilestoneHealth.Missed), rows));
        }

        var file = new ReportCsv("Name", "Date", "Health", "Tasks", "DoneTasks", "PercentDone", "ForecastDate", "DaysLate", "ReachedAt");
        rows.ForEach(r => file.Row(r.Name, r.Date, r.Health, r.Tasks, r.DoneTasks, r.PercentDone, r.ForecastDate, r.DaysLate, r.ReachedAt));
        return file.ToFile($"{scope.Project.Key}-milestones.csv");
    }
}
