using System.Net;
using Microsoft.Extensions.Time.Testing;
using Platform.Host.Tests.Infrastructure;
using Platform.Sdk.Security;
using static Platform.Host.Tests.Hr.Leave.LeaveApi;

namespace Platform.Host.Tests.Hr.Leave;

/// <summary>
/// The background loop that posts the yearly grants, carry-overs and expiries: driven by the host's clock (fake
/// here), it grants the year, settles it when the next one starts, and a manual run afterwards finds nothing to post.
/// </summary>
public sealed class LeavePostingLoopTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private TestDatabase? _database;
    private PlatformHost? _host;

    public void Dispose()
    {
        _host?.Dispose();
        _database?.Dispose();
        _temp.Dispose();
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_loop_grants_the_year_and_settles_it_when_the_next_one_starts(string provider)
    {
        var year = DateTime.UtcNow.Year;
        var time = new FakeTimeProvider(new DateTimeOffset(year, 12, 31, 22, 30, 0, TimeSpan.Zero));
        _database = TestDatabase.Create(provider);
        var plugins = new PluginFolder(_temp.Combine("plugins")).Add(TestPaths.FirstPartyPlugin("hr"));
        var host = _host = new PlatformHost(plugins.Path, _temp.Combine("data"), _database, time: time);
        // A signed-in administrator: no access token, whose lifetime the fake clock would confuse.
        var admin = host.CreateClientAs(TestIdentity.SignedInUser(await host.CreateUserAsync("hr-admin", BuiltInRoles.Administrator)));

        var annual = await admin.PostJsonAsync("/api/hr/leave-types",
            new { code = "ANNUAL", name = "Annual leave", kind = "Annual", usesBalance = true, daysPerYear = 20, carryOverMaxDays = 5 }, HttpStatusCode.Created);
        var annualId = annual.GetProperty("id").GetGuid();
        var employeeId = await host.AddEmployeeAsync("E1", "Lena Long", startDate: new DateOnly(2020, 1, 1));
        string Balances(int y) => $"/api/hr/leave/balances?employeeId={employeeId}&year={y}";

        time.Advance(TimeSpan.FromHours(1));
        await HttpAssertions.EventuallyAsync(
            async () => BalanceOf(await admin.GetJsonAsync(Balances(year)), "ANNUAL").GetProperty("accrued").GetDecimal(), accrued => accrued == 20m,
            because: "the loop grants the current year");
        await admin.PostJsonAsync("/api/hr/leave/balances/adjustments",
            new { employeeId, leaveTypeId = annualId, year, days = -12, note = "Leave taken before the platform" }, HttpStatusCode.Created);

        // New Year: 8 days left, 5 carried (the cap), 3 lapse, and the new year's 20 granted.
        time.Advance(TimeSpan.FromHours(1));
        var next = await HttpAssertions.EventuallyAsync(
            async () => BalanceOf(await admin.GetJsonAsync(Balances(year + 1)), "ANNUAL"), b => b.GetProperty("balance").GetDecimal() == 25m,
            because: "the loop settles the old year and grants the new one");
        Assert.Equal((20m, 5m), (next.GetProperty("accrued").GetDecimal(), next.GetProperty("carriedOver").GetDecimal()));
        var old = BalanceOf(await admin.GetJsonAsync(Balances(year)), "ANNUAL");
        Assert.Equal((0m, -3m, -5m), (old.GetProperty("balance").GetDecimal(), old.GetProperty("expired").GetDecimal(), old.GetProperty("carriedOver").GetDecimal()));

        var again = await admin.PostJsonAsync("/api/hr/leave/balances/postings", new { year = year + 1 }, HttpStatusCode.OK);
        Assert.Equal((0, 0, 0), (again.GetProperty("accruals").GetInt32(), again.GetProperty("carryOvers").GetInt32(), again.GetProperty("expiries").GetInt32()));
        Assert.Equal(25m, BalanceOf(await admin.GetJsonAsync(Balances(year + 1)), "ANNUAL").GetProperty("balance").GetDecimal());
    }
}
