using Platform.Modules.Hr.Domain;
using Platform.Modules.Hr.Features.Directory.Employees;

namespace Platform.Modules.Hr.Tests.Directory;

public sealed class EmployeeSearchTests
{
    private static Employee Ana() => new()
    {
        EmployeeNumber = "E-100", FirstName = "Ana", LastName = "Lima", WorkEmail = "Ana.Lima@Example.com", JobTitle = "Senior Developer",
        PrivateAddress = "Secret Street 1", EmergencyContactName = "Hidden Person",
    };

    [Fact]
    public void The_search_text_holds_number_names_email_title_and_skills_in_lower_case()
    {
        var text = EmployeeSearch.TextOf(Ana(), ["Kubernetes", "C#"]);
        Assert.Equal("e-100 ana lima ana.lima@example.com senior developer kubernetes c#", text);
    }

    [Fact]
    public void Personal_fields_are_never_searchable()
    {
        var text = EmployeeSearch.TextOf(Ana(), []);
        Assert.DoesNotContain("secret", text, StringComparison.Ordinal);
        Assert.DoesNotContain("hidden", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_huge_skill_list_is_cut_to_the_column_size_rather_than_failing()
    {
        var text = EmployeeSearch.TextOf(Ana(), Enumerable.Range(0, 200).Select(i => $"skill-number-{i}"));
        Assert.Equal(Employee.SearchTextMaxLength, text.Length);
    }

    [Theory]
    [InlineData(null, new string[0])]
    [InlineData("   ", new string[0])]
    [InlineData("Ana  DEV", new[] { "ana", "dev" })]
    [InlineData("dev dev", new[] { "dev" })]
    public void Queries_split_into_distinct_lower_case_words(string? query, string[] words) =>
        Assert.Equal(words, EmployeeSearch.WordsOf(query));

    [Fact]
    public void Every_word_must_match_somewhere()
    {
        var ana = Ana();
        ana.SearchText = EmployeeSearch.TextOf(ana, ["Kubernetes"]);
        var ben = new Employee { EmployeeNumber = "E-200", FirstName = "Ben", LastName = "Ode", JobTitle = "Developer" };
        ben.SearchText = EmployeeSearch.TextOf(ben, []);
        var people = new[] { ana, ben }.AsQueryable();

        Assert.Equal(["Ana", "Ben"], EmployeeSearch.Matching(people, EmployeeSearch.WordsOf("developer")).Select(e => e.FirstName));
        Assert.Equal(["Ana"], EmployeeSearch.Matching(people, EmployeeSearch.WordsOf("kube DEVELOPER")).Select(e => e.FirstName));
        Assert.Empty(EmployeeSearch.Matching(people, EmployeeSearch.WordsOf("ben kubernetes")));
    }
}
