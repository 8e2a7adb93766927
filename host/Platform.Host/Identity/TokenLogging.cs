using Microsoft.Extensions.Logging;

namespace Platform.Host.Identity;

/// <summary>
/// OpenIddict writes every token it creates, in full, at the Trace level. Turning logging up to Trace to debug
/// something must not put bearer tokens into log files, so OpenIddict's categories never log below Debug (where it
/// redacts secrets and tokens), whatever the configuration says, for every logging provider.
/// </summary>
internal static class TokenLogging
{
    public const string Category = "OpenIddict";

    public const LogLevel Lowest = LogLevel.Debug;

    public static void KeepTokensOutOfLogs(this IServiceCollection services) => services.PostConfigure<LoggerFilterOptions>(Cap);

    internal static void Cap(LoggerFilterOptions options)
    {
        var rules = options.Rules.ToList();
        var capped = rules.Select(r => IsOpenIddict(r.CategoryName) ? new LoggerFilterRule(r.ProviderName, r.CategoryName, AtLeastLowest(r.LogLevel), r.Filter) : r).ToList();

        // A broader rule (a provider's default, or the global default) must not let Trace through either: each provider
        // named in the rules, and the rules for all providers, get an OpenIddict rule of their own.
        foreach (var provider in rules.Select(r => r.ProviderName).Append(null).Distinct())
        {
            if (!rules.Any(r => r.ProviderName == provider && IsOpenIddict(r.CategoryName)))
            {
                var inherited = rules.LastOrDefault(r => r.ProviderName == provider && r.CategoryName is null)?.LogLevel
                    ?? rules.LastOrDefault(r => r.ProviderName is null && r.CategoryName is null)?.LogLevel
                    ?? options.MinLevel;
                capped.Add(new LoggerFilterRule(provider, Category, AtLeastLowest(inherited), null));
            }
        }

        options.Rules.Clear();
        foreach (var rule in capped)
        {
            options.Rules.Add(rule);
        }
    }

    private static bool IsOpenIddict(string? category) => category is not null && category.StartsWith(Category, StringComparison.OrdinalIgnoreCase);

    private static LogLevel AtLeastLowest(LogLevel? level) => level is { } l && l > Lowest ? l : Lowest;
}
