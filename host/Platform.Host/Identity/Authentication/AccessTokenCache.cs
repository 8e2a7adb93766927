using System.Security.Claims;
using Microsoft.Extensions.Caching.Memory;
using OpenIddict.Abstractions;

namespace Platform.Host.Identity.Authentication;

/// <summary>
/// Remembers the principal of each access token validated recently, so the next request carrying the same token
/// skips parsing it and checking its signature again; a client calling the API sends the same token for its whole
/// lifetime. An entry never outlives its token (nor five minutes), and revocation is unaffected: bearer validation
/// does not look tokens up in the store, with or without this cache, which is why access tokens are short-lived.
/// </summary>
internal sealed class AccessTokenCache(TimeProvider time) : IDisposable
{
    private static readonly TimeSpan LongestEntry = TimeSpan.FromMinutes(5);

    private readonly MemoryCache _principals = new(new MemoryCacheOptions { SizeLimit = 10_000 });

    public bool TryGet(string token, out ClaimsPrincipal principal) => _principals.TryGetValue(token, out principal!);

    public void Add(string token, ClaimsPrincipal principal)
    {
        var now = time.GetUtcNow();
        var expires = principal.GetExpirationDate() is { } expiry && expiry - now < LongestEntry ? expiry : now + LongestEntry;
        if (expires > now)
        {
            _principals.Set(token, principal, new MemoryCacheEntryOptions { AbsoluteExpiration = expires, Size = 1 });
        }
    }

    public void Dispose() => _principals.Dispose();
}
