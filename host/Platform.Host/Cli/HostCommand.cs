namespace Platform.Host.Cli;

internal enum HostVerb
{
    Run,
    Migrate,
    ModulesList,
    Help,
}

/// <summary>
/// The host's command line: an optional verb first, then configuration overrides
/// (<c>--Platform:Database:Provider=postgres</c>) exactly as for a normal run.
/// </summary>
internal sealed record HostCommand(HostVerb Verb, string[] HostArgs, string? Error)
{
    public const string Usage = """
        Usage: Platform.Host [verb] [--Section:Key=value ...]

        Verbs:
          (none)         run the platform (web server, modules, event dispatcher)
          migrate        apply pending migrations of the platform and every module, then exit
          modules list   list discovered modules with version, state, installed version and reason
          help           show this text

        """;

    public static HostCommand Parse(string[] args)
    {
        if (args.Length == 0 || args[0].StartsWith('-'))
        {
            return args.Length > 0 && args[0] is "-h" or "--help"
                ? new HostCommand(HostVerb.Help, [], null)
                : new HostCommand(HostVerb.Run, args, null);
        }

        return args[0] switch
        {
            "migrate" => new HostCommand(HostVerb.Migrate, args[1..], null),
            "modules" when args.Length > 1 && args[1] == "list" => new HostCommand(HostVerb.ModulesList, args[2..], null),
            "help" => new HostCommand(HostVerb.Help, [], null),
            _ => new HostCommand(HostVerb.Help, [], $"unknown verb '{string.Join(' ', args.TakeWhile(a => !a.StartsWith('-')))}'"),
        };
    }
}
