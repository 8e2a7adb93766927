using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Platform.Modules.Projects.Features.Transfer.Csv;

namespace Platform.Modules.Projects.Features.Transfer.Import;

/// <summary>The 400 answers of imports: every problem at once, each naming where it is; nothing was written.</summary>
internal static class ImportProblems
{
    /// <summary>Row errors of a task file: fields rows[n].column, and the list itself as rowErrors.</summary>
    public static ValidationProblem Rows(List<ImportRowError> errors)
    {
        var ordered = errors.OrderBy(e => e.Row).ToList();
        var byField = ordered.GroupBy(e => e.Row == 0 ? (e.Column.Length == 0 ? "header" : $"header.{e.Column}") : e.Column.Length == 0 ? $"rows[{e.Row}]" : $"rows[{e.Row}].{e.Column}")
            .ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray(), StringComparer.Ordinal);
        return TypedResults.ValidationProblem(
            byField,
            title: "The file has errors; nothing was imported.",
            detail: $"{ordered.Count} problem(s). Row 1 is the first task after the header; row 0 is the header.",
            extensions: new Dictionary<string, object?> { ["rowErrors"] = ordered });
    }

    /// <summary>Problems named by field path (MSPDI: tasks[UID=n].element, calendar, file).</summary>
    public static ValidationProblem Fields(IEnumerable<(string Field, string Message)> errors) =>
        TypedResults.ValidationProblem(
            errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray(), StringComparer.Ordinal),
            title: "The file has errors; nothing was imported.");

    /// <summary>A problem with the file as a whole (its size, its type, its syntax).</summary>
    public static ValidationProblem File(string message) => Fields([("file", message)]);
}
