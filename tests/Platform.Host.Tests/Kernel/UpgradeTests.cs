using System.Net;
using Platform.Host.Tests.Infrastructure;

namespace Platform.Host.Tests.Kernel;

/// <summary>Upgrading a module keeps its data; the installed version and history are recorded; downgrades are refused.</summary>
public sealed class UpgradeTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Upgrading_v1_to_v2_keeps_every_row_and_runs_the_data_migration(string provider)
    {
        using var database = TestDatabase.Create(provider);
        var plugins = new PluginFolder(_temp.Combine("plugins")).Add(TestPaths.FixturePlugin("inventory-v1"));
        var data = _temp.Combine("data");

        using (var v1 = new PlatformHost(plugins.Path, data, database))
        {
            var client = v1.CreateAdministratorClient();
            foreach (var name in new[] { "bolt", "nut", "washer" })
            {
                await client.PostJsonAsync("/api/inventory/items", new { name }, HttpStatusCode.OK);
            }
        }

        plugins.Remove("inventory-v1");
        plugins.Add(TestPaths.FixturePlugin("inventory-v2"));
        using (var v2 = new PlatformHost(plugins.Path, data, database))
        {
            var client = v2.CreateAdministratorClient();
            var items = await client.GetJsonAsync("/api/inventory/items");
            Assert.Equal(["bolt", "nut", "washer"], items.EnumerateArray().Select(i => i.GetProperty("name").GetString()));
            Assert.Equal(["SKU-BOLT", "SKU-NUT", "SKU-WASHER"], items.EnumerateArray().Select(i => i.GetProperty("sku").GetString()));

            var module = (await client.GetJsonAsync("/api/platform/modules")).ModuleById("inventory");
            Assert.Equal("Running", module.GetProperty("state").GetString());
            Assert.Equal("2.0.0", module.GetProperty("installedVersion").GetString());
            var history = module.GetProperty("history").EnumerateArray().ToList();
            Assert.Equal(2, history.Count);
            Assert.Equal("1.0.0", history[1].GetProperty("fromVersion").GetString());
            Assert.Equal("2.0.0", history[1].GetProperty("toVersion").GetString());
            Assert.Contains(history[1].GetProperty("appliedMigrations").EnumerateArray(), m => m.GetString()!.EndsWith("_AddSku", StringComparison.Ordinal));
        }

        plugins.Remove("inventory-v2");
        plugins.Add(TestPaths.FixturePlugin("inventory-v1"));
        using (var downgraded = new PlatformHost(plugins.Path, data, database))
        {
            var module = (await downgraded.CreateAdministratorClient().GetJsonAsync("/api/platform/modules")).ModuleById("inventory");
            Assert.Equal("Faulted", module.GetProperty("state").GetString());
            Assert.Contains("downgrading to 1.0.0 is not supported", module.GetProperty("reason").GetString());
        }
    }
}
