using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Benchmarks.BareApp;

// Without --Bare:Database this is the startup baseline (health endpoint only); with it, the request
// baseline: GET /projects/{id} on its own SQLite file, seeded with the row the benchmark reads.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
var database = builder.Configuration["Bare:Database"];
builder.Services.AddHealthChecks();
builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
if (database is not null)
{
    builder.Services.AddDbContext<BareDbContext>(o => o.UseSqlite($"Data Source={Path.GetFullPath(database)};Pooling=true"));
}

var app = builder.Build();
app.MapHealthChecks("/health/ready");
if (database is not null)
{
    await BareDbContext.SeedAsync(app.Services);
    app.MapGet("/projects/{id:guid}", GetProject);
}

await app.RunAsync();

static async Task<Results<Ok<ProjectDto>, NotFound>> GetProject(Guid id, BareDbContext db, HttpResponse response, CancellationToken cancellationToken)
{
    var project = await db.Projects.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
    if (project is null)
    {
        return TypedResults.NotFound();
    }

    response.Headers.ETag = $"\"{project.Version}\"";
    return TypedResults.Ok(ProjectDto.From(project));
}
