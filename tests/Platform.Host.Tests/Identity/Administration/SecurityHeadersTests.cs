using System.Net;
using System.Text.RegularExpressions;
using Platform.Host.Tests.Infrastructure;

namespace Platform.Host.Tests.Identity.Administration;

/// <summary>Security headers on every kind of response; HTTPS redirection and HSTS outside Development.</summary>
public sealed class SecurityHeadersTests : IDisposable
{
    private readonly AdministrationFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    [Fact]
    public async Task Every_response_carries_the_security_headers_and_swagger_ui_needs_no_inline_script()
    {
        var http = _fixture.Start().CreateClient();
        foreach (var url in new[] { "/health/live", "/api/platform/modules", "/api/nothing/here", "/api/platform/users", "/swagger/index.html", "/swagger/platform/swagger.json" })
        {
            var response = await http.GetAsync(url);
            Assert.Equal("nosniff", Single(response, "X-Content-Type-Options"));
            Assert.Equal("DENY", Single(response, "X-Frame-Options"));
            Assert.Equal("no-referrer", Single(response, "Referrer-Policy"));
            var policy = Single(response, "Content-Security-Policy");
            Assert.Contains("frame-ancestors 'none'", policy);
            Assert.Contains("script-src 'self'", policy);
            Assert.DoesNotContain("unsafe-eval", policy);
            Assert.DoesNotMatch("script-src[^;]*unsafe-inline", policy);
            Assert.False(response.Headers.Contains("Strict-Transport-Security"), "HSTS is never sent over plain HTTP");
        }

        // Swagger UI works under that policy because its page loads every script from files.
        var index = await http.GetStringAsync("/swagger/index.html");
        Assert.Contains("swagger-ui-bundle.js", index);
        Assert.DoesNotMatch(new Regex("<script(?![^>]*\\bsrc=)[^>]*>", RegexOptions.IgnoreCase), index);
        Assert.DoesNotContain(" on", Regex.Replace(index, "<(?!body|html|head|div)[^>]*>", "")); // no inline event handlers
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/swagger/index.js")).StatusCode);
    }

    [Fact]
    public async Task Outside_development_plain_http_is_redirected_and_https_responses_carry_hsts()
    {
        // The Testing environment is not Development, so both are on by default; the redirect needs the HTTPS port.
        var host = _fixture.Start(settings: new Dictionary<string, string?> { ["https_port"] = "8443" });
        var http = host.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("http://platform.example.com") });
        var redirect = await http.GetAsync("/health/live");
        Assert.Equal(HttpStatusCode.TemporaryRedirect, redirect.StatusCode);
        Assert.Equal("https://platform.example.com:8443/health/live", redirect.Headers.Location!.ToString());

        var https = host.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://platform.example.com") });
        var secure = await https.GetAsync("/health/live");
        Assert.Equal(HttpStatusCode.OK, secure.StatusCode);
        Assert.StartsWith("max-age=31536000", Single(secure, "Strict-Transport-Security"));
    }

    [Fact]
    public async Task Https_redirection_and_hsts_can_be_switched_off()
    {
        var host = _fixture.Start(settings: new Dictionary<string, string?>
        {
            ["https_port"] = "8443",
            ["Platform:Security:HttpsRedirection"] = "false",
            ["Platform:Security:Hsts"] = "false",
        });
        var http = host.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("http://platform.example.com") });
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/health/live")).StatusCode);
        var https = host.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://platform.example.com") });
        Assert.False((await https.GetAsync("/health/live")).Headers.Contains("Strict-Transport-Security"));
    }

    private static string Single(HttpResponseMessage response, string header)
    {
        Assert.True(response.Headers.TryGetValues(header, out var values), $"{header} missing on {response.RequestMessage?.RequestUri} ({(int)response.StatusCode})");
        return Assert.Single(values);
    }
}
