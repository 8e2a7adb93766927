using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Host.Identity;
using Platform.Host.Identity.Persistence;
using Platform.Host.Tests.Infrastructure;

namespace Platform.Host.Tests.Identity.Administration;

/// <summary>The first administrator and the demo users come from configuration, once.</summary>
public sealed class BootstrapTests : IDisposable
{
    private readonly AdministrationFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_configured_administrator_is_created_once_and_survives_restarts(string provider)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Platform:Identity:Bootstrap:AdminEmail"] = "first-admin@example.com",
            ["Platform:Identity:Bootstrap:AdminPassword"] = "Bootstrap-Admin-Pass-1",
        };
        var first = _fixture.Start(provider, settings);
        Assert.True(await UsersAdministrationTests.PasswordWorksAsync(first, "first-admin@example.com", "Bootstrap-Admin-Pass-1"));
        Assert.Equal(["Administrator"], await RolesOfAsync(first, "first-admin@example.com"));
        await _fixture.StopAsync(first);

        // A restart with the same (or a different) configuration finds an active administrator and creates nobody.
        settings["Platform:Identity:Bootstrap:AdminEmail"] = "second-admin@example.com";
        var second = _fixture.Start(provider, settings);
        await using var scope = second.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformIdentityDbContext>();
        Assert.Equal(["first-admin@example.com"], await db.Users.Select(u => u.Email).ToListAsync());
        var admin = await AdministrationFixture.AdministratorAsync(second);
        var audit = await AdministrationFixture.AuditAsync(second, "user", (await db.Users.SingleAsync()).Id.ToString());
        var created = Assert.Single(audit);
        Assert.Equal("system:system", created.GetProperty("actor").GetString());
        Assert.DoesNotContain("Bootstrap-Admin-Pass-1", created.ToString());
        Assert.Equal(1, (await admin.GetJsonAsync("/api/platform/users?role=Administrator")).GetProperty("totalCount").GetInt64());
    }

    [Fact]
    public async Task The_development_demo_accounts_can_sign_in_and_are_not_duplicated()
    {
        // The accounts exactly as appsettings.Development.json configures them.
        var development = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(TestPaths.RepoRoot, "host", "Platform.Host", "appsettings.Development.json")));
        var bootstrap = development.RootElement.GetProperty("Platform").GetProperty("Identity").GetProperty("Bootstrap");
        var settings = Flatten(bootstrap, "Platform:Identity:Bootstrap");
        var host = _fixture.Start(settings: settings);

        var expected = new List<(string Email, string Password, string Role)>
        {
            (bootstrap.GetProperty("AdminEmail").GetString()!, bootstrap.GetProperty("AdminPassword").GetString()!, "Administrator"),
        };
        expected.AddRange(bootstrap.GetProperty("Users").EnumerateArray().Select(u =>
            (u.GetProperty("Email").GetString()!, u.GetProperty("Password").GetString()!, u.GetProperty("Roles")[0].GetString()!)));
        Assert.Equal(3, expected.Count);
        foreach (var (email, password, role) in expected)
        {
            Assert.True(await UsersAdministrationTests.PasswordWorksAsync(host, email, password), email);
            Assert.Equal([role], await RolesOfAsync(host, email));
        }

        await _fixture.StopAsync(host);
        var again = _fixture.Start(settings: settings);
        await using var scope = again.Services.CreateAsyncScope();
        Assert.Equal(3, await scope.ServiceProvider.GetRequiredService<PlatformIdentityDbContext>().Users.CountAsync());
    }

    private static async Task<string[]> RolesOfAsync(PlatformHost host, string email)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PlatformUser>>();
        return [.. await users.GetRolesAsync((await users.FindByEmailAsync(email))!)];
    }

    private static Dictionary<string, string?> Flatten(JsonElement element, string prefix)
    {
        var result = new Dictionary<string, string?>();
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    foreach (var pair in Flatten(property.Value, $"{prefix}:{property.Name}"))
                    {
                        result[pair.Key] = pair.Value;
                    }
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    foreach (var pair in Flatten(item, $"{prefix}:{index++}"))
                    {
                        result[pair.Key] = pair.Value;
                    }
                }

                break;
            default:
                result[prefix] = element.ToString();
                break;
        }

        return result;
    }
}
