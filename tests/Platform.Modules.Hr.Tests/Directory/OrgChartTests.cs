using Platform.Modules.Hr.Features.Directory.OrgChart;

namespace Platform.Modules.Hr.Tests.Directory;

public sealed class OrgChartTests
{
    private static readonly Guid Company = Guid.NewGuid(), Engineering = Guid.NewGuid(), Platform = Guid.NewGuid(), Sales = Guid.NewGuid();
    private static readonly Guid Ceo = Guid.NewGuid(), Cto = Guid.NewGuid(), Dev1 = Guid.NewGuid(), Dev2 = Guid.NewGuid(), Seller = Guid.NewGuid();

    private static OrgChart Chart() => new(
        [
            new ChartDepartment(Company, "Company", "CO", null, Ceo),
            new ChartDepartment(Engineering, "Engineering", "ENG", Company, Cto),
            new ChartDepartment(Platform, "Platform", null, Engineering, null),
            new ChartDepartment(Sales, "Sales", "SAL", Company, Guid.NewGuid()), // its head left: not among the current employees
        ],
        [
            new ChartEmployee(Ceo, "Cleo Ceo", "CEO", Company, null),
            new ChartEmployee(Cto, "Tom Cto", "CTO", Engineering, Ceo),
            new ChartEmployee(Dev1, "Ana Dev", "Developer", Platform, Cto),
            new ChartEmployee(Dev2, "Ben Dev", "Developer", Platform, Cto),
            new ChartEmployee(Seller, "Sam Sells", null, Sales, Ceo),
        ]);

    [Fact]
    public void Head_counts_are_direct_and_total_over_the_subtree()
    {
        var company = Assert.Single(Chart().Roots(depth: 5));
        Assert.Equal((1, 5, 2), (company.DirectHeadCount, company.TotalHeadCount, company.SubDepartmentCount));
        Assert.Equal("Cleo Ceo", company.Head!.DisplayName);
        Assert.Equal(["Engineering", "Sales"], company.Children.Select(c => c.Name));
        var engineering = company.Children[0];
        Assert.Equal((1, 3), (engineering.DirectHeadCount, engineering.TotalHeadCount));
        Assert.Equal((2, 2), (engineering.Children[0].DirectHeadCount, engineering.Children[0].TotalHeadCount));
        Assert.Null(company.Children[1].Head);
    }

    [Fact]
    public void Depth_limits_the_levels_spelled_out_but_not_the_counts()
    {
        var engineering = Chart().Department(Engineering, depth: 0);
        Assert.Empty(engineering.Children);
        Assert.Equal((3, 1), (engineering.TotalHeadCount, engineering.SubDepartmentCount));

        var top = Assert.Single(Chart().Roots(depth: 1));
        Assert.All(top.Children, child => Assert.Empty(child.Children));
    }

    [Fact]
    public void The_reporting_line_counts_direct_and_all_reports()
    {
        var ceo = Chart().Employee(Ceo, depth: 10);
        Assert.Equal((2, 4), (ceo.DirectReports, ceo.TotalReports));
        Assert.Equal(["Sam Sells", "Tom Cto"], ceo.Reports.Select(r => r.DisplayName));
        var cto = ceo.Reports[1];
        Assert.Equal((2, 2), (cto.DirectReports, cto.TotalReports));
        Assert.Equal(["Ana Dev", "Ben Dev"], cto.Reports.Select(r => r.DisplayName));

        var shallow = Chart().Employee(Ceo, depth: 1);
        Assert.All(shallow.Reports, r => Assert.Empty(r.Reports));
        Assert.Equal(2, shallow.Reports[1].TotalReports);
    }
}
