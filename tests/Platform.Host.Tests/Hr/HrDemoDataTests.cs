using Microsoft.Extensions.DependencyInjection;
using Platform.Host.Tests.Infrastructure;
using Platform.Sdk.People;

namespace Platform.Host.Tests.Hr;

/// <summary>The HR demo company: seeded once, linked to the demo accounts, and alive from each account's side.</summary>
public sealed class HrDemoDataTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly TestDatabase _database = TestDatabase.Create("sqlite");
    private PlatformHost? _host;

    public void Dispose()
    {
        _host?.Dispose();
        _database.Dispose();
        _temp.Dispose();
    }

    [Fact]
    public async Task The_demo_company_is_seeded_once_with_people_leave_and_a_month_of_check_ins_linked_to_the_demo_accounts()
    {
        var host = Start();
        var manager = await AccountAsync(host, "manager@demo.local");
        var employee = await AccountAsync(host, "employee@demo.local");
        var marco = host.CreateClientAs(TestIdentity.SignedInUser(manager, "Demo Manager"));
        var eva = host.CreateClientAs(TestIdentity.SignedInUser(employee, "Demo Employee"));

        Assert.Equal(12, (await eva.GetJsonAsync("/api/hr/employees")).GetProperty("totalCount").GetInt64());
        var evaRecord = (await eva.GetJsonAsync("/api/hr/employees?q=eva")).GetProperty("items")[0];
        Assert.Equal(employee, evaRecord.GetProperty("userId").GetGuid());

        // The manager sees himself and his four reports over the last four weeks: worked days, and Jonas's missed one.
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var team = (await marco.GetJsonAsync($"/api/hr/attendance?from={today.AddDays(-28):yyyy-MM-dd}&to={today.AddDays(-1):yyyy-MM-dd}")).GetProperty("items");
        Assert.Equal(5, team.GetArrayLength());
        Assert.All(team.EnumerateArray(), person => Assert.True(person.GetProperty("totals").GetProperty("presentDays").GetInt32() + person.GetProperty("totals").GetProperty("lateDays").GetInt32() > 10));
        var jonas = team.EnumerateArray().Single(p => p.GetProperty("employeeNumber").GetString() == "E005");
        Assert.Equal(1, jonas.GetProperty("totals").GetProperty("absentDays").GetInt32());

        // The employee has this year's annual leave with some of it taken, and a request waiting for the manager.
        var balances = await eva.GetJsonAsync("/api/hr/leave/balances");
        Assert.Contains("ANNUAL", balances.GetRawText(), StringComparison.Ordinal);
        var waiting = await marco.GetJsonAsync("/api/hr/leave/requests?awaitingMyDecision=true");
        Assert.Equal(1, waiting.GetProperty("totalCount").GetInt64());

        // A second start seeds nothing more.
        host.Dispose();
        host = Start();
        Assert.Equal(12, (await host.CreateClientAs(TestIdentity.SignedInUser(employee)).GetJsonAsync("/api/hr/employees")).GetProperty("totalCount").GetInt64());
    }

    private PlatformHost Start()
    {
        var plugins = new PluginFolder(_temp.Combine("plugins")).Add(TestPaths.FirstPartyPlugin("hr"));
        return _host = new PlatformHost(plugins.Path, _temp.Combine("data"), _database, new Dictionary<string, string?>
        {
            ["Modules:hr:SeedDemoData"] = "true",
            ["Modules:hr:Attendance:AnomalyCheckInterval"] = "00:00:00",
            ["Platform:Identity:Bootstrap:Users:0:Email"] = "manager@demo.local",
            ["Platform:Identity:Bootstrap:Users:0:DisplayName"] = "Demo Manager",
            ["Platform:Identity:Bootstrap:Users:0:Password"] = "Platform-Demo-1",
            ["Platform:Identity:Bootstrap:Users:0:Roles:0"] = "Manager",
            ["Platform:Identity:Bootstrap:Users:1:Email"] = "employee@demo.local",
            ["Platform:Identity:Bootstrap:Users:1:DisplayName"] = "Demo Employee",
            ["Platform:Identity:Bootstrap:Users:1:Password"] = "Platform-Demo-1",
            ["Platform:Identity:Bootstrap:Users:1:Roles:0"] = "Employee",
        });
    }

    private static async Task<Guid> AccountAsync(PlatformHost host, string email)
    {
        _ = host.CreateClient(); // waits until the modules (and the bootstrap accounts) are in
        using var scope = host.Services.CreateScope();
        var account = await scope.ServiceProvider.GetRequiredService<IUserAccounts>().FindByEmailAsync(email, CancellationToken.None);
        return Assert.IsType<UserAccount>(account).UserId;
    }
}
