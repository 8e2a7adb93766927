using Autofac;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Projects.Domain;
using Platform.Modules.Projects.Domain.Scheduling;
using Platform.Modules.Projects.Events;
using Platform.Modules.Projects.Features.Scheduling;
using Platform.Modules.Projects.Persistence;
using Platform.Sdk.Calendars;
using Platform.Sdk.People;

namespace Platform.Modules.Projects.Features.Demo;

/// <summary>
/// Two sample projects for a first look around, created when <c>Modules:projects:SeedDemoData</c> is true (the host's
/// Development settings) and the module has no projects yet: a website relaunch (company-wide, phases with subtasks,
/// every link type, a review column with a WIP limit, two milestones) and a private office IT refresh. Dates follow
/// from the links through the scheduler, as in any project; the demo accounts are owner, members and assignees, with
/// comments and a few weeks of logged time (see <see cref="DemoActivity"/>). Events are published as for any write, so
/// the timelines are filled.
/// </summary>
internal static class DemoData
{
    public static async Task SeedAsync(ILifetimeScope scope, CancellationToken cancellationToken)
    {
        var db = scope.Resolve<ProjectsDbContext>();
        if (await db.Projects.AnyAsync(cancellationToken))
        {
            return;
        }

        var time = scope.Resolve<TimeProvider>();
        var people = await DemoPeople.FindAsync(scope.Resolve<IUserAccounts>(), scope.Resolve<IPeopleDirectory>(), cancellationToken);
        var holidays = (await scope.Resolve<IHolidayCalendars>().ListAsync(cancellationToken)).FirstOrDefault();
        var rescheduler = scope.Resolve<TaskRescheduler>();
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));

        var website = new DemoProjectSeed(db, time, people)
        {
            Key = "WEB", Name = "Website relaunch", Visibility = ProjectVisibility.Company, Start = monday.AddDays(-21), Weeks = 12,
            Description = "New company website: **discovery**, design, build and launch. Shows phases with subtasks, every link type, a review column with a WIP limit and two milestones.",
            HolidayCalendarId = holidays?.Id,
        };
        var websiteProject = website.Seed(DemoPlan.Website, DemoPlan.WebsiteMilestones, withReviewColumn: true);
        await rescheduler.RescheduleAsync(db, websiteProject.Id, cancellationToken);

        var officeIt = new DemoProjectSeed(db, time, people)
        {
            Key = "OPS", Name = "Office IT refresh", Visibility = ProjectVisibility.Private, Start = monday.AddDays(-7), Weeks = 5,
            Description = "Replace the laptops and the network switches of the office. Private: only its members see it.",
        };
        var officeProject = officeIt.Seed(DemoPlan.OfficeIt, DemoPlan.OfficeItMilestones, withReviewColumn: false);
        await rescheduler.RescheduleAsync(db, officeProject.Id, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);

        DemoActivity.Add(db, time, people, website, today);
        DemoActivity.Add(db, time, people, officeIt, today);
        await db.SaveChangesAsync(cancellationToken);
    }
}
