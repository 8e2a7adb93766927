using Platform.Modules.Hr.Domain.Leave;

namespace Platform.Modules.Hr.Features.Leave;

/// <summary>
/// The weekdays employees work, as leave counting needs them. Leave registers <see cref="MondayToFridayWorkWeek"/> as
/// the default; attendance, which knows work schedules, registers its own implementation to replace it.
/// </summary>
internal interface IWorkWeekSource
{
    /// <summary>The working weekdays of each of <paramref name="employeeIds"/>; employees left out work Monday to Friday.</summary>
    Task<IReadOnlyDictionary<Guid, IReadOnlySet<DayOfWeek>>> WorkingDaysAsync(IReadOnlyCollection<Guid> employeeIds, CancellationToken cancellationToken);
}

/// <summary>Everyone works Monday to Friday.</summary>
internal sealed class MondayToFridayWorkWeek : IWorkWeekSource
{
    public Task<IReadOnlyDictionary<Guid, IReadOnlySet<DayOfWeek>>> WorkingDaysAsync(IReadOnlyCollection<Guid> employeeIds, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<Guid, IReadOnlySet<DayOfWeek>>>(employeeIds.Distinct().ToDictionary(id => id, _ => WorkingDayCalendar.MondayToFriday));
}
