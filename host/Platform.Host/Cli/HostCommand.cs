namespace Platform.Host.Cli;

internal enum HostVerb
{
    Run,
    Migrate,
    ModulesList,
    ClientsCreate,
    UsersCreate,
    UsersResetPassword,
    Help,
}

/// <summary>
/// The host's command line: an optional verb first, then configuration overrides
/// (<c>--Platform:Database:Provider=postgres</c>) exactly as for a normal run.
/// </summary>
internal sealed record HostCommand(HostVerb Verb, string[] HostArgs, string? Error, NewClientArguments? NewClient = null, UserArguments? User = null)
{
    public const string Usage = """
        Usage: Platform.Host [verb] [--Section:Key=value ...]

        Verbs:
          (none)         run the platform (web server, modules, event dispatcher)
          migrate        apply pending migrations of the platform and every module, then exit
          modules list   list discovered modules with version, state, installed version and reason
          clients create --id <client-id> --name <display name> [--scope <scope> ...]
                         register a confidential OAuth client (client credentials flow) and print
                         its id and secret; the secret is shown only this once
          users create --email <email> --name <display name> [--role <role> ...] [--password <password>]
                         create an active user (role Employee when no --role is given); without
                         --password a password is generated and printed, only this once
          users reset-password --email <email> [--password <password>]
                         set a user's password (generated and printed once when not given) and end
                         all their sessions
          help           show this text

        Exit codes: 0 done; 1 refused (e.g. faulted module, taken id or email, unknown user or role,
        password rules); 2 usage error.

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
            "clients" when args.Length > 1 && args[1] == "create" => ParseClientsCreate(args[2..]),
            "users" when args.Length > 1 && args[1] == "create" => UserArguments.Parse(HostVerb.UsersCreate, args[2..]),
            "users" when args.Length > 1 && args[1] == "reset-password" => UserArguments.Parse(HostVerb.UsersResetPassword, args[2..]),
            "help" => new HostCommand(HostVerb.Help, [], null),
            _ => new HostCommand(HostVerb.Help, [], $"unknown verb '{string.Join(' ', args.TakeWhile(a => !a.StartsWith('-')))}'"),
        };
    }

    /// <summary><c>--id</c>, <c>--name</c> and repeated <c>--scope</c> take a value each; everything else configures the host.</summary>
    private static HostCommand ParseClientsCreate(string[] args)
    {
        string? id = null, name = null;
        var scopes = new List<string>();
        var hostArgs = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] is not ("--id" or "--name" or "--scope"))
            {
                hostArgs.Add(args[i]);
                continue;
            }

            if (i + 1 >= args.Length || args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                return new HostCommand(HostVerb.Help, [], $"{args[i]} needs a value");
            }

            var value = args[++i];
            _ = args[i - 1] switch
            {
                "--id" => id = value,
                "--name" => name = value,
                _ => AddScope(scopes, value),
            };
        }

        return string.IsNullOrWhiteSpace(id) || string.IsNullOrWhiteSpace(name)
            ? new HostCommand(HostVerb.Help, [], "clients create needs --id and --name")
            : new HostCommand(HostVerb.ClientsCreate, [.. hostArgs], null, new NewClientArguments(id, name, scopes));
    }

    private static string AddScope(List<string> scopes, string scope)
    {
        scopes.Add(scope);
        return scope;
    }
}

/// <summary>What <c>clients create</c> registers.</summary>
internal sealed record NewClientArguments(string ClientId, string DisplayName, IReadOnlyList<string> Scopes);
