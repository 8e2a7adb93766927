using Autofac;
using Microsoft.AspNetCore.Routing;
using Platform.Modules.Hr.Events;
using Platform.Modules.Hr.Features.Calendars;
using Platform.Modules.Hr.Features.Holidays;
using Platform.Modules.Hr.Features.Leave.Balances;
using Platform.Modules.Hr.Features.Leave.Requests;
using Platform.Modules.Hr.Features.Leave.Types;
using Platform.Sdk.Calendars;
using Platform.Sdk.Modules;

namespace Platform.Modules.Hr.Features.Leave;

/// <summary>The Leave area of the HR module: leave types, requests and approval, balances, holiday calendars and calendar feeds.</summary>
internal static class LeaveFeature
{
    // One per loaded module: the host loads each plugin in its own load context.
    private static LeavePostingLoop? _postingLoop;

    public static void Configure(ModuleBuilder module)
    {
        module.Services.RegisterType<LeaveAccess>().InstancePerLifetimeScope();
        module.Services.RegisterType<EmployeeWorkingDays>().InstancePerLifetimeScope();
        // The default work week; attendance's registration of IWorkWeekSource (from work schedules) takes precedence.
        module.Services.RegisterType<MondayToFridayWorkWeek>().As<IWorkWeekSource>().SingleInstance().PreserveExistingDefaults();
        module.Services.RegisterType<LeavePostingLoop>().AsSelf().SingleInstance();
        module.ProvideCapability<IHolidayCalendars, HrHolidayCalendars>();

        module.Events
            .Publishes<LeaveRequested>()
            .Publishes<LeaveApproved>()
            .Publishes<LeaveRejected>()
            .Publishes<LeaveCancelled>();
    }

    public static Task StartAsync(ILifetimeScope scope, CancellationToken cancellationToken)
    {
        _postingLoop = scope.Resolve<LeavePostingLoop>();
        _postingLoop.Start();
        return Task.CompletedTask;
    }

    public static async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_postingLoop is { } loop)
        {
            _postingLoop = null;
            await loop.StopAsync();
        }
    }

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        LeaveTypeEndpoints.Map(endpoints);
        LeaveRequestEndpoints.Map(endpoints);
        BalanceEndpoints.Map(endpoints);
        HolidayCalendarEndpoints.Map(endpoints);
        CalendarFeedEndpoints.Map(endpoints);
    }
}
