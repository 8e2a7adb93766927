using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace Platform.Modules.Documents.Features.Sharing.Links;

/// <summary>
/// Share link tokens: 256 random bits, URL-safe. Only their SHA-256 is stored, so a copy of the database holds no
/// working link; a link is found by hashing what the visitor presents (a 256-bit secret needs no slow hash).
/// </summary>
internal static class ShareLinkTokens
{
    public static string Generate() => WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}

/// <summary>
/// Share link passwords, which people choose and may guess: PBKDF2 with HMAC-SHA-256 and a random salt per link, the
/// iteration count stored with the hash (so it can be raised later without breaking older links), compared in constant
/// time. Stored as <c>pbkdf2-sha256$iterations$salt$hash</c> (base64).
/// </summary>
internal static class ShareLinkPasswords
{
    public const int Iterations = 210_000;
    public const int MinLength = 8;
    public const int MaxLength = 200;
    private const string Scheme = "pbkdf2-sha256";
    private const int SaltBytes = 16;
    private const int HashBytes = 32;

    public static string Hash(string password)
    {
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var hash = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, Iterations, HashAlgorithmName.SHA256, HashBytes);
        return string.Join('$', Scheme, Iterations.ToString(CultureInfo.InvariantCulture), Convert.ToBase64String(salt), Convert.ToBase64String(hash));
    }

    public static bool Verify(string stored, string? password)
    {
        var parts = stored.Split('$');
        if (password is null || password.Length > MaxLength || parts.Length != 4 || parts[0] != Scheme
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var iterations) || iterations < 1)
        {
            return false;
        }

        var salt = Convert.FromBase64String(parts[2]);
        var expected = Convert.FromBase64String(parts[3]);
        var actual = Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(password), salt, iterations, HashAlgorithmName.SHA256, expected.Length);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }
}
