using Platform.Modules.Projects.Domain;
using Platform.Modules.Projects.Features.Statuses;
using Platform.Sdk.Http;

namespace Platform.Modules.Projects.Tests.Tasks;

/// <summary>A status set needs a ToDo and a Done status, unique keys and sane WIP limits; its ETag follows its content.</summary>
public sealed class StatusSetRulesTests
{
    private static readonly StatusDto ToDo = new("ToDo", "To do", TaskStatusCategory.ToDo, null);
    private static readonly StatusDto Doing = new("Doing", "Doing", TaskStatusCategory.InProgress, 3);
    private static readonly StatusDto Done = new("Done", "Done", TaskStatusCategory.Done, null);

    private static IDictionary<string, string[]> Errors(params StatusDto[] statuses)
    {
        var errors = new ValidationErrors();
        StatusSetRules.Validate(statuses, errors);
        return errors.Any ? ((Microsoft.AspNetCore.Http.HttpResults.ValidationProblem)errors.ToProblem()).ProblemDetails.Errors : new Dictionary<string, string[]>();
    }

    [Fact]
    public void A_set_with_a_todo_and_a_done_status_is_valid()
    {
        Assert.Empty(Errors(ToDo, Doing, Done));
    }

    [Fact]
    public void Missing_categories_duplicate_keys_bad_keys_and_limits_name_their_fields()
    {
        Assert.Contains("Done", string.Join(" ", Errors(ToDo, Doing)["statuses"]));
        Assert.Contains("ToDo", string.Join(" ", Errors(Doing, Done)["statuses"]));
        Assert.True(Errors(ToDo, Done, ToDo with { Key = "todo" }).ContainsKey("statuses[2].key"));
        Assert.True(Errors(ToDo, Done with { Key = "Done!" }).ContainsKey("statuses[1].key"));
        Assert.True(Errors(ToDo, Done, Doing with { WipLimit = 0 }).ContainsKey("statuses[2].wipLimit"));
        Assert.True(Errors(ToDo with { Name = " " }, Done).ContainsKey("statuses[0].name"));
        Assert.True(Errors().ContainsKey("statuses"));
    }

    [Fact]
    public void The_etag_changes_with_content_and_order_only()
    {
        var etag = StatusSetRules.ETagOf([ToDo, Doing, Done]);
        Assert.Equal(etag, StatusSetRules.ETagOf([ToDo with { }, Doing with { }, Done with { }]));
        Assert.NotEqual(etag, StatusSetRules.ETagOf([ToDo, Done, Doing]));
        Assert.NotEqual(etag, StatusSetRules.ETagOf([ToDo, Doing with { WipLimit = 4 }, Done]));
    }
}
