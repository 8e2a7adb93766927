using Platform.Modules.Hr.Domain;

namespace Platform.Modules.Hr.Features.Directory.Employees;

/// <summary>
/// The directory search: <see cref="Employee.SearchText"/> holds the searchable work fields in lower case, and a
/// query matches when every word of it occurs somewhere in that text (so "ana dev" finds Ana, Developer).
/// </summary>
internal static class EmployeeSearch
{
    /// <summary>The search text of an employee with <paramref name="skills"/>: number, names, work email, title and skills.</summary>
    public static string TextOf(Employee employee, IEnumerable<string> skills)
    {
        string?[] parts = [employee.EmployeeNumber, employee.FirstName, employee.LastName, employee.WorkEmail, employee.JobTitle, .. skills];
        var text = string.Join(' ', parts.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim())).ToLowerInvariant();
        // The tail of a very long skill list is not searchable rather than failing the save.
        return text.Length <= Employee.SearchTextMaxLength ? text : text[..Employee.SearchTextMaxLength];
    }

    /// <summary>The words of a query, lower case; empty for a blank query.</summary>
    public static IReadOnlyList<string> WordsOf(string? query) =>
        string.IsNullOrWhiteSpace(query)
            ? []
            : query.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList();

    /// <summary>Employees whose search text contains every word.</summary>
    public static IQueryable<Employee> Matching(IQueryable<Employee> employees, IReadOnlyList<string> words)
    {
        foreach (var word in words)
        {
            employees = employees.Where(e => e.SearchText.Contains(word));
        }

        return employees;
    }
}
