using Platform.Host.Cli;
using Platform.Host.Kernel;
using Platform.Host.Kernel.Modules;

var command = HostCommand.Parse(args);
ConfigurationFileWatching.UsePolling();
var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = command.HostArgs,
    ContentRootPath = AppContext.BaseDirectory,
});
builder.AddPlatformKernel();
var app = builder.Build();
var kernel = app.Services.GetRequiredService<ModuleKernel>();

switch (command.Verb)
{
    case HostVerb.ModulesList:
        return await ModulesListCommand.RunAsync(app, kernel);
    case HostVerb.Migrate:
        return await MigrateCommand.RunAsync(app, kernel);
    case HostVerb.ClientsCreate:
        return await ClientsCreateCommand.RunAsync(app, command.NewClient!);
    case HostVerb.UsersCreate:
        return await UsersCommands.CreateAsync(app, command.User!);
    case HostVerb.UsersResetPassword:
        return await UsersCommands.ResetPasswordAsync(app, command.User!);
    case HostVerb.Help:
        if (command.Error is not null)
        {
            await Console.Error.WriteLineAsync(command.Error);
        }

        Console.Out.Write(HostCommand.Usage);
        return command.Error is null ? 0 : 2;
}

// The server starts listening at once; modules load beside it and /health/ready turns 200 when they are in.
app.UsePlatformPipeline();
app.StartLoadingModules(kernel);
await app.RunAsync();
return Environment.ExitCode;

/// <summary>The host's entry point; public so integration tests can start it in-process.</summary>
public partial class Program;
