using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Host.Tests.Infrastructure;

namespace Platform.Host.Tests.Identity;

/// <summary>A signed-in browser uses the API with its cookie; changes need the antiforgery token, reads do not.</summary>
public sealed class CookieApiTests
{
    [Fact]
    public async Task The_cookie_reads_the_api_and_changes_need_the_antiforgery_token()
    {
        using var host = new SignInHost();
        await host.CreateUserAsync("carol", "carol@example.test", "Administrator");
        var browser = host.NewBrowser();
        Assert.True(BrowserSession.IsRedirect(await browser.SignInAsync("carol", SignInHost.Password)));

        var me = await browser.Http.GetJsonAsync("/api/platform/me");
        Assert.Contains("Administrator", me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));

        var project = new { key = "CSRF", name = "Made from a browser" };
        var forged = await browser.Http.PostAsJsonAsync("/api/projects/projects", project);
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.Contains("antiforgery", await forged.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        var projects = await browser.Http.GetJsonAsync("/api/projects/projects");
        Assert.DoesNotContain("CSRF", projects.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("key").GetString()));

        var antiforgery = await browser.Http.GetJsonAsync("/api/platform/antiforgery");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/projects/projects") { Content = JsonContent.Create(project) };
        request.Headers.Add(antiforgery.GetProperty("headerName").GetString()!, antiforgery.GetProperty("token").GetString());
        var created = await browser.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("CSRF", JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("key").GetString());
    }
}
