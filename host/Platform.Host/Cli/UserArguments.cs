namespace Platform.Host.Cli;

/// <summary>What <c>users create</c> and <c>users reset-password</c> act on.</summary>
internal sealed record UserArguments(string Email, string? DisplayName, IReadOnlyList<string> Roles, string? Password)
{
    private static readonly string[] ValueOptions = ["--email", "--name", "--role", "--password"];

    /// <summary>
    /// <c>--email</c>, <c>--name</c>, <c>--password</c> and repeated <c>--role</c> take a value each; everything else
    /// configures the host.
    /// </summary>
    public static HostCommand Parse(HostVerb verb, string[] args)
    {
        string? email = null, name = null, password = null;
        var roles = new List<string>();
        var hostArgs = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (!ValueOptions.Contains(args[i]))
            {
                hostArgs.Add(args[i]);
                continue;
            }

            if (i + 1 >= args.Length || args[i + 1].StartsWith("--", StringComparison.Ordinal))
            {
                return new HostCommand(HostVerb.Help, [], $"{args[i]} needs a value");
            }

            var value = args[++i];
            switch (args[i - 1])
            {
                case "--email": email = value; break;
                case "--name": name = value; break;
                case "--password": password = value; break;
                default: roles.Add(value); break;
            }
        }

        var verbName = verb == HostVerb.UsersCreate ? "users create" : "users reset-password";
        if (string.IsNullOrWhiteSpace(email) || (verb == HostVerb.UsersCreate && string.IsNullOrWhiteSpace(name)))
        {
            return new HostCommand(HostVerb.Help, [], verb == HostVerb.UsersCreate ? $"{verbName} needs --email and --name" : $"{verbName} needs --email");
        }

        if (verb == HostVerb.UsersResetPassword && (name is not null || roles.Count > 0))
        {
            return new HostCommand(HostVerb.Help, [], $"{verbName} takes only --email and --password");
        }

        return new HostCommand(verb, [.. hostArgs], null, User: new UserArguments(email, name, roles, password));
    }
}
