using Platform.Host.Tests.Infrastructure;

namespace Platform.Host.Tests.Kernel;

/// <summary>Two hosts starting together on one fresh database: the migration lock lets exactly one migrate.</summary>
public sealed class ConcurrentStartTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Two_hosts_starting_at_once_migrate_once_and_both_serve(string provider)
    {
        using var database = TestDatabase.Create(provider);
        var plugins = new PluginFolder(_temp.Combine("plugins")).Add(TestPaths.FirstPartyPlugin("projects"));
        string[] settings =
        [
            $"--Platform:Plugins:Paths:0={plugins.Path}",
            $"--Platform:DataDirectory={_temp.Combine("data")}",
            .. database.Settings().Select(s => $"--{s.Key}={s.Value}"),
        ];

        var starting = new[] { HostProcess.StartAsync(settings), HostProcess.StartAsync(settings) };
        var hosts = await Task.WhenAll(starting);
        try
        {
            var client = await HostProcess.RegisterClientAsync(settings, "platform.modules.read", "projects.read", "projects.write");
            foreach (var host in hosts)
            {
                await host.AuthorizeAsync(client);
            }
            foreach (var host in hosts)
            {
                var module = (await host.Client.GetJsonAsync("/api/platform/modules")).ModuleById("projects");
                Assert.Equal("Running", module.GetProperty("state").GetString());
                var history = module.GetProperty("history").EnumerateArray().ToList();
                var install = Assert.Single(history);
                Assert.Equal("1.1.0", install.GetProperty("toVersion").GetString());
            }

            // Both were probed while loading; Swagger must still know the module documents.
            foreach (var host in hosts)
            {
                await host.Client.GetJsonAsync("/swagger/projects/swagger.json");
                Assert.Contains("/swagger/projects/swagger.json", await host.Client.GetStringAsync("/swagger/index.js"));
            }

            await hosts[0].Client.PostJsonAsync("/api/projects/projects", new { key = "TWO", name = "Shared" }, System.Net.HttpStatusCode.Created);
            var seen = await hosts[1].Client.GetJsonAsync("/api/projects/projects?q=TWO");
            Assert.Equal(1, seen.GetProperty("totalCount").GetInt64());
        }
        finally
        {
            foreach (var host in hosts)
            {
                host.Dispose();
            }
        }
    }
}
