using System.Text;
using Platform.Modules.Hr.Domain;
using Platform.Modules.Hr.Features.Directory.ImportExport;

namespace Platform.Modules.Hr.Tests.Directory;

public sealed class EmployeeCsvTests
{
    private static readonly DateOnly Today = new(2027, 3, 1);

    private static (List<EmployeeCsvRow> Rows, List<ImportRowError> Errors) Parse(string text) => EmployeeCsv.Parse(Encoding.UTF8.GetBytes(text), Today);

    [Fact]
    public void A_good_file_reads_every_column_with_quotes_enums_dates_and_skills()
    {
        var (rows, errors) = Parse(
            "employeeNumber,firstName,lastName,startDate,workEmail,jobTitle,departmentCode,managerNumber,locationName,employmentType,status,skills\r\n" +
            "E1,Ana,Lima,2024-01-15,ana@example.com,\"Head of R&D, Berlin\",ENG,,Berlin,fulltime,Active,C#; Kubernetes\r\n" +
            "E2, Ben ,Ode,2025-06-01,,Developer,ENG,E1,,PartTime,,\r\n");

        Assert.Empty(errors);
        Assert.Equal(2, rows.Count);
        var ana = rows[0];
        Assert.Equal((2, "E1", "Ana", "Head of R&D, Berlin"), (ana.Row, ana.Work.EmployeeNumber, ana.Work.FirstName, ana.Work.JobTitle));
        Assert.Equal(new DateOnly(2024, 1, 15), ana.Work.StartDate);
        Assert.Equal(EmploymentType.FullTime, ana.Work.EmploymentType);
        Assert.Equal(["C#", "Kubernetes"], ana.Work.Skills);
        Assert.Equal(("ENG", null, "Berlin"), (ana.DepartmentCode, ana.ManagerNumber, ana.LocationName));
        var ben = rows[1];
        Assert.Equal((3, "Ben", "E1", EmploymentType.PartTime), (ben.Row, ben.Work.FirstName, ben.ManagerNumber, ben.Work.EmploymentType));
        Assert.Null(ben.Work.Status);
        Assert.Equal([], ben.Work.Skills);
    }

    [Fact]
    public void Columns_the_file_leaves_out_are_known_as_absent_so_stored_values_are_kept()
    {
        var (rows, errors) = Parse("employeeNumber,firstName,lastName,startDate\nE1,Ana,Lima,2024-01-15\n");
        Assert.Empty(errors);
        Assert.DoesNotContain("skills", rows[0].Columns);
        Assert.DoesNotContain("workEmail", rows[0].Columns);
        Assert.Null(rows[0].Work.Skills);
    }

    [Fact]
    public void Every_broken_cell_is_reported_with_its_row_and_column()
    {
        var (_, errors) = Parse(
            "employeeNumber,firstName,lastName,startDate,workEmail,employmentType,status,birthDate\n" +
            "E1,Ana,Lima,2024-01-15,ana@example.com,FullTime,Active,1990-05-05\n" +
            "E2,,Ode,15.01.2024,not-an-email,Boss,Left,2090-01-01\n" +
            "E1,Cy,Dee,2024-01-15,,,,\n");

        Assert.Contains(new ImportRowError(3, "firstName", "firstName is required."), errors);
        Assert.Contains(errors, e => e is { Row: 3, Column: "startDate" } && e.Message.Contains("yyyy-MM-dd", StringComparison.Ordinal));
        Assert.Contains(errors, e => e is { Row: 3, Column: "workEmail" });
        Assert.Contains(errors, e => e is { Row: 3, Column: "employmentType" } && e.Message.Contains("FullTime", StringComparison.Ordinal));
        Assert.Contains(errors, e => e is { Row: 3, Column: "status" });
        Assert.Contains(errors, e => e is { Row: 3, Column: "birthDate" } && e.Message.Contains("future", StringComparison.Ordinal));
        Assert.Contains(errors, e => e is { Row: 4, Column: "employeeNumber" } && e.Message.Contains("row 2", StringComparison.Ordinal));
        Assert.DoesNotContain(errors, e => e.Row == 2);
        Assert.Single(errors, e => e is { Row: 3, Column: "startDate" });
    }

    [Fact]
    public void Numeric_enum_values_are_refused()
    {
        var (_, errors) = Parse("employeeNumber,firstName,lastName,startDate,employmentType\nE1,Ana,Lima,2024-01-15,2\n");
        Assert.Contains(errors, e => e is { Row: 2, Column: "employmentType" });
    }

    [Fact]
    public void The_header_must_name_known_columns_once_and_include_the_required_ones()
    {
        var (rows, errors) = Parse("employeeNumber,firstname,surname,firstName\nE1,Ana,Lima,Ana\n");
        Assert.Empty(rows);
        Assert.Contains(errors, e => e is { Row: 1, Column: "surname" } && e.Message.Contains("Unknown column", StringComparison.Ordinal));
        Assert.Contains(errors, e => e is { Row: 1, Column: "firstName" } && e.Message.Contains("twice", StringComparison.Ordinal));
        Assert.Contains(errors, e => e is { Row: 1, Column: "lastName" } && e.Message.Contains("required", StringComparison.Ordinal));
        Assert.Contains(errors, e => e is { Row: 1, Column: "startDate" });
    }

    [Fact]
    public void A_row_with_the_wrong_number_of_fields_is_reported()
    {
        var (rows, errors) = Parse("employeeNumber,firstName,lastName,startDate\nE1,Ana,Lima\nE2,Ben,Ode,2024-01-01,extra\nE3,Cy,Dee,2024-01-01\n");
        Assert.Contains(errors, e => e is { Row: 2 } && e.Message.Contains("3 fields", StringComparison.Ordinal));
        Assert.Contains(errors, e => e is { Row: 3 } && e.Message.Contains("5 fields", StringComparison.Ordinal));
        Assert.Equal(["E3"], rows.Select(r => r.Work.EmployeeNumber));
    }

    [Fact]
    public void Broken_quoting_is_an_error_not_a_silent_repair()
    {
        var (_, errors) = Parse("employeeNumber,firstName,lastName,startDate\nE1,\"Ana,Lima,2024-01-15\nE2,Ben,Ode,2024-01-01\n");
        Assert.NotEmpty(errors);
        Assert.Contains(errors, e => e.Message.Contains("not valid CSV", StringComparison.Ordinal));
    }

    [Fact]
    public void An_empty_file_is_an_error()
    {
        var (rows, errors) = Parse("");
        Assert.Empty(rows);
        Assert.Equal(1, Assert.Single(errors).Row);
    }

    [Fact]
    public void A_byte_order_mark_does_not_spoil_the_first_column_name()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("employeeNumber,firstName,lastName,startDate\nE1,Ana,Lima,2024-01-15\n")).ToArray();
        var (rows, errors) = EmployeeCsv.Parse(bytes, Today);
        Assert.Empty(errors);
        Assert.Equal("E1", Assert.Single(rows).Work.EmployeeNumber);
    }
}
