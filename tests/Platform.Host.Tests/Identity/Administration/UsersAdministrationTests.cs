using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;
using Platform.Host.Identity;
using Platform.Host.Tests.Infrastructure;
using static Platform.Host.Tests.Identity.Administration.AdministrationFixture;

namespace Platform.Host.Tests.Identity.Administration;

/// <summary>Users over the administration API: create, invite, search, update, deactivate, reactivate, reset.</summary>
public sealed class UsersAdministrationTests : IDisposable
{
    private readonly AdministrationFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Users_are_created_searched_updated_and_audited_with_the_real_actor(string provider)
    {
        var host = _fixture.Start(provider);
        var (admin, adminClientId) = await CallerAsync(host, AllAdministration);

        var created = await admin.PostJsonAsync("/api/platform/users",
            new { email = "ada.lovelace@example.com", displayName = "Ada Lovelace", roles = new[] { "manager" }, password = "Analytical-Engine-1843" }, HttpStatusCode.Created);
        var ada = created.GetProperty("user");
        var adaId = ada.GetProperty("id").GetString()!;
        Assert.Equal(["Manager"], Strings(ada.GetProperty("roles"))); // role names match case-insensitively, stored as named
        Assert.True(ada.GetProperty("isActive").GetBoolean());
        Assert.True(ada.GetProperty("hasPassword").GetBoolean());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, JsonValueKind(created, "invitation"));
        Assert.True(await PasswordWorksAsync(host, "ada.lovelace@example.com", "Analytical-Engine-1843"));

        await admin.PostJsonAsync("/api/platform/users", new { email = "grace@example.com", displayName = "Grace Hopper", password = "Cobol-Compiler-1959" }, HttpStatusCode.Created);
        await admin.PostJsonAsync("/api/platform/users", new { email = "alan@example.org", displayName = "Alan Turing", roles = new[] { "Manager", "Employee" }, password = "Enigma-Bombe-1940" }, HttpStatusCode.Created);

        // Search covers email and display name, case-insensitively; role and active filters; paging with totals.
        var search = await admin.GetJsonAsync("/api/platform/users?search=LOVELACE");
        Assert.Equal(["ada.lovelace@example.com"], search.GetProperty("items").EnumerateArray().Select(u => u.GetProperty("email").GetString()));
        var byDomain = await admin.GetJsonAsync("/api/platform/users?search=example.org");
        Assert.Equal(1, byDomain.GetProperty("totalCount").GetInt64());
        var managers = await admin.GetJsonAsync("/api/platform/users?role=Manager&sort=-displayName");
        Assert.Equal(["Alan Turing", "Ada Lovelace"], managers.GetProperty("items").EnumerateArray().Select(u => u.GetProperty("displayName").GetString()));
        var firstPage = await admin.GetJsonAsync("/api/platform/users?pageSize=2");
        Assert.Equal(3, firstPage.GetProperty("totalCount").GetInt64());
        Assert.Equal(["ada.lovelace@example.com", "alan@example.org"], firstPage.GetProperty("items").EnumerateArray().Select(u => u.GetProperty("email").GetString()));
        var secondPage = await admin.GetJsonAsync("/api/platform/users?pageSize=2&page=2");
        Assert.Equal(["grace@example.com"], secondPage.GetProperty("items").EnumerateArray().Select(u => u.GetProperty("email").GetString()));
        Assert.Equal(0, (await admin.GetJsonAsync("/api/platform/users?active=false")).GetProperty("totalCount").GetInt64());
        await (await admin.GetAsync("/api/platform/users?sort=password")).ReadJsonAsync(HttpStatusCode.BadRequest);

        // Update: If-Match is required and checked.
        var get = await admin.GetAsync($"/api/platform/users/{adaId}");
        var etag = get.Headers.ETag!.Tag;
        var update = new { displayName = "Augusta Ada King", roles = new[] { "Employee" } };
        Assert.Equal((HttpStatusCode)428, (await SendAsync(admin, HttpMethod.Put, $"/api/platform/users/{adaId}", update)).StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await SendAsync(admin, HttpMethod.Put, $"/api/platform/users/{adaId}", update, "\"stale\"")).StatusCode);
        var updatedResponse = await SendAsync(admin, HttpMethod.Put, $"/api/platform/users/{adaId}", update, etag);
        var updated = await updatedResponse.ReadJsonAsync(HttpStatusCode.OK);
        Assert.Equal("Augusta Ada King", updated.GetProperty("displayName").GetString());
        Assert.Equal(["Employee"], Strings(updated.GetProperty("roles")));
        Assert.NotEqual(etag, updatedResponse.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await SendAsync(admin, HttpMethod.Put, $"/api/platform/users/{adaId}", update, etag)).StatusCode);

        var audit = await AuditAsync(host, "user", adaId);
        Assert.All(audit, a => Assert.Equal($"client:{adminClientId}", a.GetProperty("actor").GetString()));
        var actions = audit.Select(a => a.GetProperty("action").GetString()).ToList();
        Assert.Contains("created", actions);
        Assert.Contains("updated", actions);
        var roles = audit.Single(a => a.GetProperty("action").GetString() == "roles-changed").GetProperty("changes");
        Assert.Equal(["Manager"], Strings(roles.GetProperty("old")));
        Assert.Equal(["Employee"], Strings(roles.GetProperty("new")));
        Assert.DoesNotContain("Analytical-Engine-1843", string.Join(" ", audit.Select(a => a.ToString())));
    }

    [Fact]
    public async Task Invalid_users_are_refused_naming_the_fields_and_emails_are_unique()
    {
        var host = _fixture.Start();
        var admin = await AdministratorAsync(host);

        var invalid = await admin.PostAsJsonAsyncRaw("/api/platform/users", new { email = "not-an-email", displayName = "", roles = new[] { "Astronaut" }, password = "short" });
        var problem = await invalid.ReadJsonAsync(HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("email", out _));
        Assert.True(errors.TryGetProperty("displayName", out _));
        Assert.Contains("Unknown role 'Astronaut'", string.Join(" ", Strings(errors.GetProperty("roles"))));
        Assert.True(errors.TryGetProperty("password", out _));

        await admin.PostJsonAsync("/api/platform/users", new { email = "dup@example.com", displayName = "First", password = "Duplicate-Check-1" }, HttpStatusCode.Created);
        await admin.PostJsonAsync("/api/platform/users", new { email = "DUP@example.com", displayName = "Second", password = "Duplicate-Check-1" }, HttpStatusCode.Conflict);
        await admin.GetJsonAsync($"/api/platform/users/{Guid.NewGuid()}", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_invited_user_sets_a_password_once_with_the_token()
    {
        var host = _fixture.Start();
        var admin = await AdministratorAsync(host);
        var created = await admin.PostJsonAsync("/api/platform/users", new { email = "invitee@example.com", displayName = "Invited Person" }, HttpStatusCode.Created);
        Assert.False(created.GetProperty("user").GetProperty("hasPassword").GetBoolean());
        Assert.Equal(["Employee"], Strings(created.GetProperty("user").GetProperty("roles")));
        var invitation = created.GetProperty("invitation");
        var userId = invitation.GetProperty("userId").GetString();
        var token = invitation.GetProperty("token").GetString()!;
        Assert.True(invitation.GetProperty("expiresAt").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddDays(6));

        var anonymous = host.CreateClient();
        var wrong = await anonymous.PostAsJsonAsyncRaw("/api/platform/invitations/accept", new { userId, token = token + "x", password = "Chosen-Password-1" });
        Assert.Contains("invalid", await ValidationMessagesAsync(wrong, "token"));
        var weak = await anonymous.PostAsJsonAsyncRaw("/api/platform/invitations/accept", new { userId, token, password = "weak" });
        await ValidationMessagesAsync(weak, "password");

        var accepted = await anonymous.PostAsJsonAsyncRaw("/api/platform/invitations/accept", new { userId, token, password = "Chosen-Password-1" });
        Assert.Equal(HttpStatusCode.NoContent, accepted.StatusCode);
        Assert.True(await PasswordWorksAsync(host, "invitee@example.com", "Chosen-Password-1"));

        var replay = await anonymous.PostAsJsonAsyncRaw("/api/platform/invitations/accept", new { userId, token, password = "Another-Password-2" });
        await ValidationMessagesAsync(replay, "token");
        Assert.True(await PasswordWorksAsync(host, "invitee@example.com", "Chosen-Password-1"));

        // A user with a password is not invited again.
        await (await admin.PostAsync($"/api/platform/users/{userId}/invitation", null)).ReadJsonAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Deactivation_ends_every_session_and_reactivation_lets_the_user_back()
    {
        var host = _fixture.Start();
        var (admin, adminClientId) = await CallerAsync(host, AllAdministration);
        var created = await admin.PostJsonAsync("/api/platform/users", new { email = "leaver@example.com", displayName = "Leaver", password = "Farewell-Party-2026" }, HttpStatusCode.Created);
        var userId = created.GetProperty("user").GetProperty("id").GetString()!;
        var (stampBefore, refreshToken) = await IssueStoredTokenAsync(host, userId);

        var deactivated = await (await admin.PostAsync($"/api/platform/users/{userId}/deactivate", null)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.False(deactivated.GetProperty("isActive").GetBoolean());
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var user = (await scope.ServiceProvider.GetRequiredService<UserManager<PlatformUser>>().FindByIdAsync(userId))!;
            Assert.False(user.IsActive);
            Assert.NotEqual(stampBefore, user.SecurityStamp); // cookies fail their next stamp check
            var tokens = scope.ServiceProvider.GetRequiredService<IOpenIddictTokenManager>();
            Assert.True(await tokens.HasStatusAsync((await tokens.FindByIdAsync(refreshToken))!, OpenIddictConstants.Statuses.Revoked));
        }

        Assert.Equal(1, (await admin.GetJsonAsync("/api/platform/users?active=false")).GetProperty("totalCount").GetInt64());
        var reactivated = await (await admin.PostAsync($"/api/platform/users/{userId}/reactivate", null)).ReadJsonAsync(HttpStatusCode.OK);
        Assert.True(reactivated.GetProperty("isActive").GetBoolean());
        Assert.True(await PasswordWorksAsync(host, "leaver@example.com", "Farewell-Party-2026"));

        var audit = await AuditAsync(host, "user", userId);
        var deactivation = audit.Single(a => a.GetProperty("action").GetString() == "deactivated");
        Assert.Equal($"client:{adminClientId}", deactivation.GetProperty("actor").GetString());
        Assert.Equal(1, deactivation.GetProperty("changes").GetProperty("revokedTokens").GetInt64());
        Assert.Contains(audit, a => a.GetProperty("action").GetString() == "reactivated");
    }

    [Fact]
    public async Task Password_resets_set_or_generate_a_password_that_is_never_audited()
    {
        var host = _fixture.Start();
        var admin = await AdministratorAsync(host);
        var created = await admin.PostJsonAsync("/api/platform/users", new { email = "forgetful@example.com", displayName = "Forgetful", password = "Original-Secret-1" }, HttpStatusCode.Created);
        var userId = created.GetProperty("user").GetProperty("id").GetString()!;

        var generated = await (await admin.PostAsJsonAsyncRaw($"/api/platform/users/{userId}/reset-password", new { })).ReadJsonAsync(HttpStatusCode.OK);
        var temporary = generated.GetProperty("temporaryPassword").GetString()!;
        Assert.True(temporary.Length >= 16);
        Assert.True(await PasswordWorksAsync(host, "forgetful@example.com", temporary));
        Assert.False(await PasswordWorksAsync(host, "forgetful@example.com", "Original-Secret-1"));

        var chosen = await admin.PostAsJsonAsyncRaw($"/api/platform/users/{userId}/reset-password", new { password = "Chosen-By-Admin-2" });
        Assert.Equal(HttpStatusCode.NoContent, chosen.StatusCode);
        Assert.True(await PasswordWorksAsync(host, "forgetful@example.com", "Chosen-By-Admin-2"));

        // A password that breaks the rules is refused and the current one stays.
        await ValidationMessagesAsync(await admin.PostAsJsonAsyncRaw($"/api/platform/users/{userId}/reset-password", new { password = "abc" }), "password");
        Assert.True(await PasswordWorksAsync(host, "forgetful@example.com", "Chosen-By-Admin-2"));

        var audit = string.Join(" ", (await AuditAsync(host, "user", userId)).Select(a => a.ToString()));
        Assert.Contains("password-reset", audit);
        Assert.DoesNotContain(temporary, audit);
        Assert.DoesNotContain("Chosen-By-Admin-2", audit);
    }

    internal static async Task<bool> PasswordWorksAsync(PlatformHost host, string email, string password)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PlatformUser>>();
        var user = await users.FindByEmailAsync(email);
        return user is not null && await users.CheckPasswordAsync(user, password);
    }

    /// <summary>A stored refresh token of the user, as the sign-in flow would leave one, and the user's current security stamp.</summary>
    internal static async Task<(string? SecurityStamp, string TokenId)> IssueStoredTokenAsync(PlatformHost host, string userId)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var user = (await scope.ServiceProvider.GetRequiredService<UserManager<PlatformUser>>().FindByIdAsync(userId))!;
        var tokens = scope.ServiceProvider.GetRequiredService<IOpenIddictTokenManager>();
        var token = await tokens.CreateAsync(new OpenIddictTokenDescriptor
        {
            Subject = userId,
            Status = OpenIddictConstants.Statuses.Valid,
            Type = OpenIddictConstants.TokenTypeHints.RefreshToken,
            CreationDate = DateTimeOffset.UtcNow,
            ExpirationDate = DateTimeOffset.UtcNow.AddDays(14),
        });
        return (user.SecurityStamp, (await tokens.GetIdAsync(token))!);
    }

    private static System.Text.Json.JsonValueKind JsonValueKind(System.Text.Json.JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) ? value.ValueKind : System.Text.Json.JsonValueKind.Null;
}
