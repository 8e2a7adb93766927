using System.Text.RegularExpressions;
using Platform.Host.Tests.Infrastructure;

namespace Platform.Host.Tests.Identity.Administration;

/// <summary>The users verbs, run as an operator runs them: the real host executable, exit codes, printed once.</summary>
public sealed class UsersCliTests : IDisposable
{
    private readonly AdministrationFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public async Task Users_create_and_reset_password_work_end_to_end()
    {
        var plugins = new PluginFolder(_fixture.Temp.Combine("plugins")).Add(TestPaths.FirstPartyPlugin("projects"));
        string[] settings = [$"--Platform:Plugins:Paths:0={plugins.Path}", $"--Platform:DataDirectory={_fixture.DataPath}"];

        var created = await HostProcess.RunToEndAsync(["users", "create", "--email", "ops@example.com", "--name", "Ops Person", "--role", "Administrator", "--role", "Manager", .. settings]);
        Assert.True(created.ExitCode == 0, created.Output);
        var generated = Regex.Match(created.Output, @"password:\s+(\S+)").Groups[1].Value;
        Assert.True(generated.Length >= 16, created.Output);
        Assert.Matches(@"roles:\s+Administrator, Manager", created.Output);

        var chosen = await HostProcess.RunToEndAsync(["users", "create", "--email", "plain@example.com", "--name", "Plain", "--password", "Plain-Chosen-Pass-1", .. settings]);
        Assert.True(chosen.ExitCode == 0, chosen.Output);
        Assert.DoesNotContain("Plain-Chosen-Pass-1", chosen.Output); // a given password is not echoed
        Assert.Matches(@"roles:\s+Employee", chosen.Output);

        var duplicate = await HostProcess.RunToEndAsync(["users", "create", "--email", "OPS@example.com", "--name", "Again", .. settings]);
        Assert.Equal(1, duplicate.ExitCode);
        Assert.Contains("already exists", duplicate.Output);
        var unknownRole = await HostProcess.RunToEndAsync(["users", "create", "--email", "x@example.com", "--name", "X", "--role", "Wizard", .. settings]);
        Assert.Equal(1, unknownRole.ExitCode);
        Assert.Contains("Unknown role 'Wizard'", unknownRole.Output);
        var weak = await HostProcess.RunToEndAsync(["users", "create", "--email", "y@example.com", "--name", "Y", "--password", "weak", .. settings]);
        Assert.Equal(1, weak.ExitCode);
        var usage = await HostProcess.RunToEndAsync(["users", "create", "--email", "z@example.com", .. settings]);
        Assert.Equal(2, usage.ExitCode);
        Assert.Contains("--name", usage.Output);

        var reset = await HostProcess.RunToEndAsync(["users", "reset-password", "--email", "ops@example.com", .. settings]);
        Assert.True(reset.ExitCode == 0, reset.Output);
        var newPassword = Regex.Match(reset.Output, @"password:\s+(\S+)").Groups[1].Value;
        Assert.NotEqual(generated, newPassword);
        var missing = await HostProcess.RunToEndAsync(["users", "reset-password", "--email", "ghost@example.com", .. settings]);
        Assert.Equal(1, missing.ExitCode);

        var host = _fixture.Start();
        Assert.True(await UsersAdministrationTests.PasswordWorksAsync(host, "ops@example.com", newPassword));
        Assert.False(await UsersAdministrationTests.PasswordWorksAsync(host, "ops@example.com", generated));
        Assert.True(await UsersAdministrationTests.PasswordWorksAsync(host, "plain@example.com", "Plain-Chosen-Pass-1"));
        var admin = await AdministrationFixture.AdministratorAsync(host);
        Assert.Equal(1, (await admin.GetJsonAsync("/api/platform/users?role=Administrator")).GetProperty("totalCount").GetInt64());
    }
}
