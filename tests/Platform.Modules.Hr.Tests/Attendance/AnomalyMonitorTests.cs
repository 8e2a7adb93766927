using Autofac;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Platform.Modules.Hr.Domain;
using Platform.Modules.Hr.Features.Attendance.Anomalies;
using Platform.Modules.Hr.Features.Attendance.Days;
using Platform.Modules.Hr.Persistence;

namespace Platform.Modules.Hr.Tests.Attendance;

/// <summary>
/// The periodic anomaly check runs on the injected clock: nothing before the first tick, then the two previous dates
/// are checked and each absent day is reported once with its event in the outbox.
/// </summary>
public sealed class AnomalyMonitorTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"hr-anomalies-{Guid.NewGuid():N}.db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_file);
    }

    [Fact]
    public async Task Each_tick_reports_the_absences_of_the_two_previous_days_once()
    {
        var cancellation = TestContext.Current.CancellationToken;
        var options = new DbContextOptionsBuilder<HrSqliteDbContext>().UseSqlite($"Data Source={_file}").Options;
        await using (var db = new HrSqliteDbContext(options))
        {
            await db.Database.EnsureCreatedAsync(cancellation);
            var schedule = Schedules.Weekdays();
            db.AddRange(schedule, new Employee
            {
                Id = Guid.CreateVersion7(), EmployeeNumber = "E1", FirstName = "Ada", LastName = "Absent", WorkScheduleId = schedule.Id, StartDate = new DateOnly(2026, 1, 1),
            });
            await db.SaveChangesAsync(cancellation);
        }

        // Wednesday 00:30 UTC: Monday and Tuesday are over and nobody clocked in.
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 18, 0, 30, 0, TimeSpan.Zero));
        var builder = new ContainerBuilder();
        builder.RegisterInstance(time).As<TimeProvider>();
        builder.Register(_ => new HrSqliteDbContext(options)).As<HrDbContext>().InstancePerLifetimeScope();
        builder.RegisterType<AttendanceDaysQuery>().InstancePerLifetimeScope();
        builder.RegisterType<AnomalyCheck>().InstancePerLifetimeScope();
        await using var container = builder.Build();
        var monitor = new AnomalyMonitor(container, time, NullLogger<AnomalyMonitor>.Instance, TimeSpan.FromHours(1));

        monitor.Start();
        Assert.Equal(0, await ReportsAsync(options, cancellation));

        time.Advance(TimeSpan.FromHours(1));
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (await ReportsAsync(options, cancellation) < 2 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50, cancellation);
        }

        await monitor.StopAsync();
        await using var check = new HrSqliteDbContext(options);
        Assert.Equal(
            [new DateOnly(2026, 11, 16), new DateOnly(2026, 11, 17)],
            await check.AttendanceAnomalyReports.OrderBy(r => r.Date).Select(r => r.Date).ToListAsync(cancellation));
        Assert.Equal(2, await check.Outbox.CountAsync(m => m.Type == "hr.attendance-anomaly.v1", cancellation));
    }

    private static async Task<int> ReportsAsync(DbContextOptions<HrSqliteDbContext> options, CancellationToken cancellationToken)
    {
        await using var db = new HrSqliteDbContext(options);
        return await db.AttendanceAnomalyReports.CountAsync(cancellationToken);
    }
}
