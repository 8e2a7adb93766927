using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Platform.Host.Identity;
using Platform.Host.Identity.Administration;
using Platform.Host.Identity.Administration.Users;
using Platform.Host.Identity.Persistence;
using Platform.Host.Kernel.Audit;
using Platform.Host.Kernel.Http;
using Platform.Host.Tests.Infrastructure;
using Platform.Sdk.Execution;
using static Platform.Host.Tests.Identity.Administration.AdministrationFixture;

namespace Platform.Host.Tests.Identity.Administration;

/// <summary>The platform never loses its last active administrator, and an administrator cannot deactivate themselves.</summary>
public sealed class AdministratorProtectionTests : IDisposable
{
    private readonly AdministrationFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public async Task The_last_active_administrator_cannot_be_deactivated_or_demoted()
    {
        var host = _fixture.Start();
        var admin = await AdministratorAsync(host);
        var first = (await admin.PostJsonAsync("/api/platform/users",
            new { email = "root@example.com", displayName = "Root", roles = new[] { "Administrator" }, password = "Only-Admin-Here-1" }, HttpStatusCode.Created))
            .GetProperty("user").GetProperty("id").GetString()!;

        var deactivate = await (await admin.PostAsync($"/api/platform/users/{first}/deactivate", null)).ReadJsonAsync(HttpStatusCode.Conflict);
        Assert.Contains("Administrator", deactivate.GetProperty("detail").GetString());
        var etag = (await admin.GetAsync($"/api/platform/users/{first}")).Headers.ETag!.Tag;
        var demote = await SendAsync(admin, HttpMethod.Put, $"/api/platform/users/{first}", new { displayName = "Root", roles = new[] { "Employee" } }, etag);
        await demote.ReadJsonAsync(HttpStatusCode.Conflict);

        // With a second active administrator the first may go.
        await admin.PostJsonAsync("/api/platform/users",
            new { email = "deputy@example.com", displayName = "Deputy", roles = new[] { "Administrator" }, password = "Second-Admin-Here-2" }, HttpStatusCode.Created);
        var done = await (await admin.PostAsync($"/api/platform/users/{first}/deactivate", null)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.False(done.GetProperty("isActive").GetBoolean());

        // An inactive administrator does not count: the deputy is now the last one.
        var deputy = (await admin.GetJsonAsync("/api/platform/users?search=deputy")).GetProperty("items")[0].GetProperty("id").GetString();
        await (await admin.PostAsync($"/api/platform/users/{deputy}/deactivate", null)).ReadJsonAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task An_administrator_cannot_deactivate_themselves()
    {
        var host = _fixture.Start();
        var admin = await AdministratorAsync(host);
        await admin.PostJsonAsync("/api/platform/users",
            new { email = "other-admin@example.com", displayName = "Other", roles = new[] { "Administrator" }, password = "Other-Admin-Here-1" }, HttpStatusCode.Created);
        var self = (await admin.PostJsonAsync("/api/platform/users",
            new { email = "me@example.com", displayName = "Me", roles = new[] { "Administrator" }, password = "Myself-Admin-Here-1" }, HttpStatusCode.Created))
            .GetProperty("user").GetProperty("id").GetGuid();

        // The request as the signed-in user would make it: the execution context carries the user as the actor.
        await using var scope = host.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        services.GetRequiredService<PlatformExecutionContext>().Set(new Actor(ActorKind.User, self.ToString(), "Me"), "self-deactivation");
        var result = await DeactivateUser.Handle(
            self, services.GetRequiredService<UserAccounts>(), services.GetRequiredService<UserManager<PlatformUser>>(),
            services.GetRequiredService<PlatformIdentityDbContext>(), services.GetRequiredService<AdministratorGuard>(),
            services.GetRequiredService<IExecutionContext>(), services.GetRequiredService<AuditTrail>(), new DefaultHttpContext().Response, CancellationToken.None);

        var problem = Assert.IsType<ProblemHttpResult>(result.Result);
        Assert.Equal(StatusCodes.Status409Conflict, problem.StatusCode);
        Assert.Contains("yourself", problem.ProblemDetails.Title);
        Assert.True(await UsersAdministrationTests.PasswordWorksAsync(host, "me@example.com", "Myself-Admin-Here-1"));
        Assert.True((await admin.GetJsonAsync($"/api/platform/users/{self}")).GetProperty("isActive").GetBoolean());
    }
}
