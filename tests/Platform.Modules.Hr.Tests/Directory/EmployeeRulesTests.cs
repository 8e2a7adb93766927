using Platform.Modules.Hr.Domain;
using Platform.Modules.Hr.Features.Directory.Employees;

namespace Platform.Modules.Hr.Tests.Directory;

public sealed class EmployeeRulesTests
{
    [Theory]
    [InlineData("ana@example.com", true)]
    [InlineData("ana.lima+hr@mail.example.co.uk", true)]
    [InlineData("ana", false)]
    [InlineData("ana@localhost", false)]
    [InlineData("Ana Lima <ana@example.com>", false)]
    [InlineData("ana@@example.com", false)]
    public void Work_emails_must_be_plain_addresses(string email, bool valid) => Assert.Equal(valid, EmployeeRules.IsEmail(email));

    [Fact]
    public void Skills_are_trimmed_deduplicated_regardless_of_case_and_sorted()
    {
        Assert.Equal(["C#", "go", "Kubernetes"], EmployeeRules.NormaliseSkills([" Kubernetes ", "go", "C#", "kubernetes", "", "c#"]));
    }

    [Fact]
    public void Applying_fields_names_exactly_what_changed()
    {
        var employee = new Employee { EmployeeNumber = "E1", FirstName = "Ana", LastName = "Lima", StartDate = new DateOnly(2024, 1, 1), JobTitle = "Dev" };
        var changed = new List<string>();
        EmployeeRules.ApplyWork(new EmployeeWorkFields("E1", "Ana", "Lima-Ode", null, null, "  Dev ", new DateOnly(2024, 1, 1), null, EmployeeStatus.OnLeave, null), employee, changed);
        Assert.Equal(["lastName", "status"], changed);
        Assert.Equal(EmploymentType.FullTime, employee.EmploymentType);

        changed.Clear();
        EmployeeRules.ApplyPersonal(new PersonalDetails("Street 1", null, null, null), employee, changed);
        Assert.Equal(["personal.privateAddress"], changed);
    }

    [Fact]
    public void Setting_a_left_employee_active_again_reopens_the_employment()
    {
        var employee = new Employee
        {
            EmployeeNumber = "E1", FirstName = "Ana", LastName = "Lima", StartDate = new DateOnly(2024, 1, 1), Status = EmployeeStatus.Left, EndDate = new DateOnly(2025, 1, 1),
        };
        var changed = new List<string>();
        EmployeeRules.ApplyWork(new EmployeeWorkFields("E1", "Ana", "Lima", null, null, null, new DateOnly(2024, 1, 1), null, null, null), employee, changed);
        Assert.Empty(changed); // no status given: they stay left

        EmployeeRules.ApplyWork(new EmployeeWorkFields("E1", "Ana", "Lima", null, null, null, new DateOnly(2024, 1, 1), null, EmployeeStatus.Active, null), employee, changed);
        Assert.Equal(["status", "endDate"], changed);
        Assert.Null(employee.EndDate);
    }

    [Fact]
    public void Leaving_cannot_be_set_as_a_plain_status()
    {
        var errors = new List<string>();
        EmployeeRules.ValidateWork(new EmployeeWorkFields("E1", "Ana", "Lima", null, null, null, new DateOnly(2024, 1, 1), null, EmployeeStatus.Left, null), (field, _) => errors.Add(field));
        Assert.Equal(["status"], errors);
    }
}
