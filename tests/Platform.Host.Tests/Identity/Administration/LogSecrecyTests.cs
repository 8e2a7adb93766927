using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Platform.Host.Tests.Infrastructure;
using static Platform.Host.Tests.Identity.Administration.AdministrationFixture;

namespace Platform.Host.Tests.Identity.Administration;

/// <summary>
/// Every log line the in-process host writes, at every level down to Trace, while secrets, passwords and tokens flow
/// through it: none of them may appear in a message, a structured value or an exception.
/// </summary>
public sealed class LogSecrecyTests : IDisposable
{
    private readonly AdministrationFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public async Task No_secret_password_or_token_reaches_the_logs()
    {
        var capture = new CapturingLoggerProvider();
        var host = _fixture.Start(settings: new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Trace",
            ["Logging:LogLevel:Microsoft"] = "Trace",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace",
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Trace",
            ["Logging:LogLevel:OpenIddict"] = "Trace",
            ["Platform:Identity:Bootstrap:AdminEmail"] = "boot@example.com",
            ["Platform:Identity:Bootstrap:AdminPassword"] = "Bootstrap-Secret-Pass-9",
        }, services: s => s.AddSingleton<ILoggerProvider>(capture));
        var secrets = new List<string> { "Bootstrap-Secret-Pass-9" };

        var (admin, _) = await CallerAsync(host, AllAdministration);
        secrets.Add(admin.DefaultRequestHeaders.Authorization!.Parameter!);
        var anonymous = host.CreateClient();

        // Client creation, token requests, rotation.
        var client = await admin.PostJsonAsync("/api/platform/clients", new { clientId = "logged", displayName = "Logged", type = "confidential", permissions = new[] { "projects.read" } }, HttpStatusCode.Created);
        var secret = client.GetProperty("clientSecret").GetString()!;
        secrets.Add(secret);
        secrets.Add(await TokenAsync(anonymous, "logged", secret, ["projects.read"]));
        await RequestTokenAsync(anonymous, "logged", secret + "-wrong");
        var rotated = (await (await admin.PostAsync("/api/platform/clients/logged/rotate-secret", null)).ReadJsonAsync(HttpStatusCode.OK)).GetProperty("clientSecret").GetString()!;
        secrets.Add(rotated);
        secrets.Add(await TokenAsync(anonymous, "logged", rotated));

        // Users with passwords, invitations, resets (generated and chosen), a rejected password.
        var user = await admin.PostJsonAsync("/api/platform/users", new { email = "logged@example.com", displayName = "Logged User", password = "User-Chosen-Secret-7" }, HttpStatusCode.Created);
        secrets.Add("User-Chosen-Secret-7");
        var userId = user.GetProperty("user").GetProperty("id").GetString();
        var temporary = (await (await admin.PostAsJsonAsyncRaw($"/api/platform/users/{userId}/reset-password", new { })).ReadJsonAsync(HttpStatusCode.OK))
            .GetProperty("temporaryPassword").GetString()!;
        secrets.Add(temporary);
        await admin.PostAsJsonAsyncRaw($"/api/platform/users/{userId}/reset-password", new { password = "Admin-Chosen-Secret-8" });
        secrets.Add("Admin-Chosen-Secret-8");
        await admin.PostAsJsonAsyncRaw($"/api/platform/users/{userId}/reset-password", new { password = "Zq9Xshort" });
        secrets.Add("Zq9Xshort"); // too short: rejected, and still never logged
        var invited = await admin.PostJsonAsync("/api/platform/users", new { email = "invited-log@example.com", displayName = "Invited" }, HttpStatusCode.Created);
        var invitation = invited.GetProperty("invitation");
        secrets.Add(invitation.GetProperty("token").GetString()!);
        await anonymous.PostAsJsonAsyncRaw("/api/platform/invitations/accept",
            new { userId = invitation.GetProperty("userId").GetString(), token = invitation.GetProperty("token").GetString(), password = "Invited-Secret-Pass-6" });
        secrets.Add("Invited-Secret-Pass-6");

        Assert.True(await UsersAdministrationTests.PasswordWorksAsync(host, "invited-log@example.com", "Invited-Secret-Pass-6"));
        var lines = capture.Lines.ToList();
        Assert.True(lines.Count > 100, $"expected verbose logs at Trace, got {lines.Count} lines"); // the capture itself works
        Assert.Contains(lines, l => l.Contains("/connect/token", StringComparison.Ordinal));
        foreach (var value in secrets)
        {
            var leak = lines.FirstOrDefault(l => l.Contains(value, StringComparison.Ordinal));
            Assert.True(leak is null, $"a secret appeared in the logs: {leak}");
        }
    }

    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        public ConcurrentQueue<string> Lines { get; } = new();

        public ILogger CreateLogger(string categoryName) => new CapturingLogger(categoryName, Lines);

        public void Dispose()
        {
        }
    }

    private sealed class CapturingLogger(string category, ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull
        {
            lines.Enqueue($"{category} scope: {state}");
            return null;
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(" ", pairs.Select(p => $"{p.Key}={p.Value}")) : "";
            lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} | {values} | {exception}");
        }
    }
}
