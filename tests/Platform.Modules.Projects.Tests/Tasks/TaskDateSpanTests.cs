using Platform.Modules.Projects.Domain;
using Platform.Modules.Projects.Domain.Scheduling;
using Platform.Modules.Projects.Features.Tasks;

namespace Platform.Modules.Projects.Tests.Tasks;

/// <summary>Start, due date and duration agree in the project's working calendar, whichever two are given.</summary>
public sealed class TaskDateSpanTests
{
    // Friday 2027-01-01 is a holiday; weekends are off.
    private static readonly WorkingCalendar Calendar = new(WorkingWeekdays.MondayToFriday, [new DateOnly(2027, 1, 1)]);
    private static readonly DateOnly Wed = new(2026, 12, 30);

    private static TaskDateSpan Resolve(DateOnly? start, DateOnly? due, int? duration, TaskDateSpan? previous = null) =>
        TaskDateSpan.Resolve(new TaskDateSpan(start, due, duration), previous, Calendar);

    [Fact]
    public void Start_and_duration_give_the_due_date_skipping_weekends_and_holidays()
    {
        // Wed 30, Thu 31, (Fri 1 holiday, weekend), Mon 4.
        Assert.Equal(new TaskDateSpan(Wed, new DateOnly(2027, 1, 4), 3), Resolve(Wed, null, 3));
        Assert.Equal(new TaskDateSpan(Wed, Wed, 0), Resolve(Wed, null, 0));
    }

    [Fact]
    public void Start_and_due_date_give_the_duration_in_working_days()
    {
        Assert.Equal(new TaskDateSpan(Wed, new DateOnly(2027, 1, 5), 4), Resolve(Wed, new DateOnly(2027, 1, 5), null));
    }

    [Fact]
    public void Due_date_and_duration_give_the_start()
    {
        Assert.Equal(new TaskDateSpan(Wed, new DateOnly(2027, 1, 4), 3), Resolve(null, new DateOnly(2027, 1, 4), 3));
    }

    [Fact]
    public void When_all_three_disagree_a_new_due_date_recounts_the_duration_and_an_unchanged_one_follows_the_duration()
    {
        var before = new TaskDateSpan(Wed, new DateOnly(2027, 1, 4), 3);
        Assert.Equal(new TaskDateSpan(Wed, new DateOnly(2027, 1, 6), 5), Resolve(Wed, new DateOnly(2027, 1, 6), 3, before));
        Assert.Equal(new TaskDateSpan(Wed, new DateOnly(2027, 1, 6), 5), Resolve(Wed, new DateOnly(2027, 1, 4), 5, before));
        // A new task: the due date wins.
        Assert.Equal(new TaskDateSpan(Wed, new DateOnly(2027, 1, 6), 5), Resolve(Wed, new DateOnly(2027, 1, 6), 2));
    }

    [Fact]
    public void Consistent_or_partial_dates_stay_as_given()
    {
        Assert.Equal(new TaskDateSpan(Wed, new DateOnly(2027, 1, 4), 3), Resolve(Wed, new DateOnly(2027, 1, 4), 3));
        Assert.Equal(new TaskDateSpan(Wed, null, null), Resolve(Wed, null, null));
        Assert.Equal(new TaskDateSpan(null, Wed, null), Resolve(null, Wed, null));
    }
}
