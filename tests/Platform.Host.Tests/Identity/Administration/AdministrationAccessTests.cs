using System.Net;
using Platform.Host.Tests.Infrastructure;
using static Platform.Host.Tests.Identity.Administration.AdministrationFixture;

namespace Platform.Host.Tests.Identity.Administration;

/// <summary>Each administration endpoint needs its permission: 401 without a token, 403 without the permission.</summary>
public sealed class AdministrationAccessTests : IDisposable
{
    private readonly AdministrationFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public async Task Callers_without_the_permission_are_refused()
    {
        var host = _fixture.Start();
        var admin = await AdministratorAsync(host);
        var userId = (await admin.PostJsonAsync("/api/platform/users", new { email = "someone@example.com", displayName = "Someone", password = "Someone-Pass-1" }, HttpStatusCode.Created))
            .GetProperty("user").GetProperty("id").GetString();
        var (reader, _) = await CallerAsync(host, UsersRead);
        var (nobody, _) = await CallerAsync(host, "projects.read");
        var anonymous = host.CreateClient();

        var calls = new (HttpMethod Method, string Url, string Permission)[]
        {
            (HttpMethod.Get, "/api/platform/users", UsersRead),
            (HttpMethod.Get, $"/api/platform/users/{userId}", UsersRead),
            (HttpMethod.Post, "/api/platform/users", UsersManage),
            (HttpMethod.Put, $"/api/platform/users/{userId}", UsersManage),
            (HttpMethod.Post, $"/api/platform/users/{userId}/deactivate", UsersManage),
            (HttpMethod.Post, $"/api/platform/users/{userId}/reactivate", UsersManage),
            (HttpMethod.Post, $"/api/platform/users/{userId}/reset-password", UsersManage),
            (HttpMethod.Post, $"/api/platform/users/{userId}/invitation", UsersManage),
            (HttpMethod.Get, "/api/platform/roles", RolesManage),
            (HttpMethod.Post, "/api/platform/roles", RolesManage),
            (HttpMethod.Delete, $"/api/platform/roles/{Guid.NewGuid()}", RolesManage),
            (HttpMethod.Get, "/api/platform/clients", ClientsManage),
            (HttpMethod.Post, "/api/platform/clients", ClientsManage),
            (HttpMethod.Post, "/api/platform/clients/any/rotate-secret", ClientsManage),
        };
        foreach (var (method, url, permission) in calls)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync(anonymous, method, url, new { })).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(nobody, method, url, new { })).StatusCode);
            if (permission != UsersRead)
            {
                Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(reader, method, url, new { })).StatusCode);
            }
        }

        // Reading users is what platform.users.read allows, and nothing changed above.
        Assert.Equal(1, (await reader.GetJsonAsync("/api/platform/users")).GetProperty("totalCount").GetInt64());
        Assert.True((await reader.GetJsonAsync($"/api/platform/users/{userId}")).GetProperty("isActive").GetBoolean());
    }
}
