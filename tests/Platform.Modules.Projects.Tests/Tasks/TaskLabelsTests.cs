using Platform.Modules.Projects.Features.Tasks;
using Platform.Sdk.Http;

namespace Platform.Modules.Projects.Tests.Tasks;

/// <summary>Labels are trimmed, unique ignoring case, and limited in number and length.</summary>
public sealed class TaskLabelsTests
{
    [Fact]
    public void Labels_are_trimmed_blank_ones_dropped_and_duplicates_ignoring_case_keep_the_first_spelling()
    {
        var errors = new ValidationErrors();
        var labels = TaskLabels.Normalize(["  UI ", "backend", "ui", "", null, "Backend", " api"], errors);
        Assert.False(errors.Any);
        Assert.Equal(["UI", "backend", "api"], labels);
    }

    [Fact]
    public void Too_many_or_too_long_labels_are_errors_of_the_labels_field()
    {
        var many = new ValidationErrors();
        TaskLabels.Normalize(Enumerable.Range(0, TaskLabels.MaxCount + 1).Select(i => $"l{i}"), many);
        Assert.True(many.Any);

        var exactly = new ValidationErrors();
        Assert.Equal(TaskLabels.MaxCount, TaskLabels.Normalize(Enumerable.Range(0, TaskLabels.MaxCount).Select(i => $"l{i}"), exactly).Count);
        Assert.False(exactly.Any);

        var longOne = new ValidationErrors();
        TaskLabels.Normalize([new string('x', TaskLabels.MaxLength + 1)], longOne);
        Assert.True(longOne.Any);
        var problem = Assert.IsType<Microsoft.AspNetCore.Http.HttpResults.ValidationProblem>(longOne.ToProblem());
        Assert.True(problem.ProblemDetails.Errors.ContainsKey("labels"));
    }

    [Fact]
    public void No_labels_is_an_empty_list()
    {
        Assert.Empty(TaskLabels.Normalize(null, new ValidationErrors()));
    }
}
