using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Platform.Host.Identity.Account;

/// <summary>
/// Request limits for the places where passwords and client secrets are guessed: the sign-in form posts (per client
/// address, and per user name through <see cref="UserNameThrottle"/>) and the token endpoint (per client address).
/// Behind a reverse proxy, configure forwarded headers so the client address is the caller's, not the proxy's.
/// </summary>
internal static class SignInRateLimits
{
    public const string SignInPolicy = "platform:sign-in";
    public const string TokenPolicy = "platform:token";

    public static IServiceCollection AddSignInRateLimits(this IServiceCollection services)
    {
        services.AddSingleton<UserNameThrottle>();
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (context, cancellationToken) => RejectAsync(context.HttpContext, context.Lease, cancellationToken);
            o.AddPolicy(SignInPolicy, context => PerAddress(context, SignInPolicy, s => s.SignInPerAddress));
            o.AddPolicy(TokenPolicy, context => PerAddress(context, TokenPolicy, s => s.TokenPerAddress));
        });
        return services;
    }

    /// <summary>Answers 429 with <c>Retry-After</c> (whole seconds) as ProblemDetails.</summary>
    public static async ValueTask RejectAsync(HttpContext context, RateLimitLease lease, CancellationToken cancellationToken)
    {
        var retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
        context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        await TypedResults.Problem(
            statusCode: StatusCodes.Status429TooManyRequests,
            title: "Too many requests.",
            detail: "Too many attempts in a short time; wait and try again.").ExecuteAsync(context);
    }

    private static RateLimitPartition<string> PerAddress(HttpContext context, string policy, Func<SignInRateLimitOptions, int> limit)
    {
        var options = context.RequestServices.GetRequiredService<IOptions<SignInOptions>>().Value.RateLimits;
        if (!options.Enabled)
        {
            return RateLimitPartition.GetNoLimiter(policy);
        }

        var address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return RateLimitPartition.GetFixedWindowLimiter(policy + "|" + address, _ => Window(options, limit(options)));
    }

    internal static FixedWindowRateLimiterOptions Window(SignInRateLimitOptions options, int permits) => new()
    {
        PermitLimit = Math.Max(1, permits),
        Window = options.Window,
        QueueLimit = 0,
        AutoReplenishment = true,
    };
}

/// <summary>
/// Password attempts per user name, from any address: slows a distributed guess at one account before lockout
/// even starts counting. The name is normalised so case variants share one budget.
/// </summary>
internal sealed class UserNameThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter;
    private readonly bool _enabled;

    public UserNameThrottle(IOptions<SignInOptions> options)
    {
        var limits = options.Value.RateLimits;
        _enabled = limits.Enabled;
        _limiter = PartitionedRateLimiter.Create<string, string>(name =>
            RateLimitPartition.GetFixedWindowLimiter(name, _ => SignInRateLimits.Window(limits, limits.SignInPerUserName)));
    }

    /// <summary>Takes one attempt for <paramref name="userName"/>; a lease that is not acquired carries the wait.</summary>
    public RateLimitLease? TryAcquire(string userName)
    {
        if (!_enabled)
        {
            return null;
        }

        var lease = _limiter.AttemptAcquire(userName.Trim().ToUpperInvariant());
        if (lease.IsAcquired)
        {
            lease.Dispose();
            return null;
        }

        return lease;
    }

    public void Dispose() => _limiter.Dispose();
}
