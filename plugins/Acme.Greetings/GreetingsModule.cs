using Autofac;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Platform.Sdk.Http;
using Platform.Sdk.Modules;
using Platform.Sdk.Security;

namespace Acme.Greetings;

/// <summary>What a greeting looks like on the wire.</summary>
public sealed record Greeting(string Text, long Number);

/// <summary>Counts greetings for as long as the host runs; a singleton in the module's own scope.</summary>
public sealed class GreetingCounter
{
    private long _count;

    public long Next() => Interlocked.Increment(ref _count);
}

/// <summary>The plugin's entry class.</summary>
public sealed class GreetingsModule : PlatformModule
{
    /// <summary>The permission the greeting endpoint needs.</summary>
    public const string ReadPermission = "greetings.read";

    public override void Configure(ModuleBuilder module)
    {
        module.Services.RegisterType<GreetingCounter>().SingleInstance();
        module.Permissions.Declare(ReadPermission, "Receive greetings.", BuiltInRoles.Administrator, BuiltInRoles.Manager, BuiltInRoles.Employee);
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/hello/{name}", Hello)
            .RequirePermission(ReadPermission)
            .WithSummary("Greet someone")
            .WithDescription("Returns a greeting and how many greetings this host handed out so far.");

    private static Results<Ok<Greeting>, ValidationProblem> Hello(string name, GreetingCounter counter)
    {
        var errors = new ValidationErrors().Require(name.Length <= 50, "name", "name must be at most 50 characters.");
        return errors.Any ? errors.ToProblem() : TypedResults.Ok(new Greeting($"Hello, {name}!", counter.Next()));
    }
}
