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
            (HttpMethod.Get, "/api/platform/roles", RolesRead),
            (HttpMethod.Post, "/api/platform/roles", RolesManage),
            (HttpMethod.Delete, $"/api/platform/roles/{Guid.NewGuid()}", RolesManage),
            (HttpMethod.Get, "/api/platform/clients", ClientsRead),
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

    [Fact]
    public async Task Swagger_describes_every_administration_operation_and_its_refusals()
    {
        var http = _fixture.Start().CreateClient();
        var paths = (await http.GetJsonAsync("/swagger/platform/swagger.json")).GetProperty("paths");
        var operations = paths.EnumerateObject()
            .Where(p => p.Name.StartsWith("/api/platform/users", StringComparison.Ordinal) || p.Name.StartsWith("/api/platform/roles", StringComparison.Ordinal)
                        || p.Name.StartsWith("/api/platform/clients", StringComparison.Ordinal) || p.Name.StartsWith("/api/platform/invitations", StringComparison.Ordinal))
            .SelectMany(p => p.Value.EnumerateObject().Select(o => (Path: p.Name, Method: o.Name, Operation: o.Value)))
            .ToList();
        Assert.Equal(21, operations.Count);
        foreach (var (path, method, operation) in operations)
        {
            Assert.False(string.IsNullOrWhiteSpace(operation.GetProperty("summary").GetString()), $"{method} {path} has no summary");
            Assert.False(string.IsNullOrWhiteSpace(operation.GetProperty("description").GetString()), $"{method} {path} has no description");
            if (!path.StartsWith("/api/platform/invitations", StringComparison.Ordinal))
            {
                Assert.True(operation.GetProperty("responses").TryGetProperty("403", out _), $"{method} {path} does not document 403");
                Assert.True(operation.GetProperty("responses").TryGetProperty("401", out _), $"{method} {path} does not document 401");
            }
        }
    }
}
