using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace Platform.Modules.Projects.Features.Feeds;

/// <summary>
/// Secret feed tokens: 256 random bits, URL-safe. Only their SHA-256 is stored, so a copy of the database does not
/// reveal working feed URLs; a token is found by hashing what the caller presents.
/// </summary>
internal static class FeedTokens
{
    public static string Generate() => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
