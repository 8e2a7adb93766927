using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Hr.Domain;
using Platform.Modules.Hr.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Hr.Features.Directory.Locations;

/// <summary>A location as the API returns it; <see cref="Version"/> is also sent as the ETag.</summary>
public sealed record LocationDto(Guid Id, string Name, string TimeZoneId, Guid? HolidayCalendarId, string? Address, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, long Version)
{
    public static LocationDto From(Location l) => new(l.Id, l.Name, l.TimeZoneId, l.HolidayCalendarId, l.Address, l.CreatedAt, l.UpdatedAt, l.Version);
}

/// <summary>A location's editable fields: a unique name, an IANA time zone (e.g. Europe/Berlin) and optionally a holiday calendar.</summary>
public sealed record LocationRequest(string Name, string TimeZoneId, Guid? HolidayCalendarId = null, string? Address = null);

/// <summary>Location CRUD.</summary>
internal static class LocationEndpoints
{
    public static async Task<Ok<List<LocationDto>>> List(HrDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok((await db.Locations.AsNoTracking().OrderBy(l => l.Name).ThenBy(l => l.Id).ToListAsync(cancellationToken)).Select(LocationDto.From).ToList());

    public static async Task<Results<Ok<LocationDto>, ProblemHttpResult>> Get(Guid id, HrDbContext db, HttpResponse response, CancellationToken cancellationToken)
    {
        var location = await db.Locations.AsNoTracking().FirstOrDefaultAsync(l => l.Id == id, cancellationToken);
        if (location is null)
        {
            return ApiProblems.NotFound("Location", id);
        }

        Preconditions.SetETag(response, location.Version);
        return TypedResults.Ok(LocationDto.From(location));
    }

    public static async Task<Results<Created<LocationDto>, ValidationProblem, ProblemHttpResult>> Create(
        LocationRequest request, HrDbContext db, TimeProvider time, HttpResponse response, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var location = new Location { Id = Guid.CreateVersion7(now), CreatedAt = now, UpdatedAt = now };
        if (await ValidateAsync(db, request, cancellationToken) is { } invalid)
        {
            return invalid;
        }

        if (await NameTakenAsync(db, location.Id, request.Name, cancellationToken) is { } taken)
        {
            return taken;
        }

        Apply(request, location);
        db.Locations.Add(location);
        await db.SaveChangesAsync(cancellationToken);
        Preconditions.SetETag(response, location.Version);
        return TypedResults.Created($"/api/hr/locations/{location.Id}", LocationDto.From(location));
    }

    public static async Task<Results<Ok<LocationDto>, ValidationProblem, ProblemHttpResult>> Update(
        Guid id, LocationRequest request, HrDbContext db, TimeProvider time, HttpRequest httpRequest, HttpResponse response, CancellationToken cancellationToken)
    {
        var location = await db.Locations.FirstOrDefaultAsync(l => l.Id == id, cancellationToken);
        if (location is null)
        {
            return ApiProblems.NotFound("Location", id);
        }

        if (Preconditions.CheckIfMatch(httpRequest, location.Version) is { } failed)
        {
            return failed;
        }

        if (await ValidateAsync(db, request, cancellationToken) is { } invalid)
        {
            return invalid;
        }

        if (await NameTakenAsync(db, id, request.Name, cancellationToken) is { } taken)
        {
            return taken;
        }

        Apply(request, location);
        if (db.ChangeTracker.HasChanges())
        {
            location.UpdatedAt = time.GetUtcNow();
            await db.SaveChangesAsync(cancellationToken);
        }

        Preconditions.SetETag(response, location.Version);
        return TypedResults.Ok(LocationDto.From(location));
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Delete(Guid id, HrDbContext db, HttpRequest httpRequest, CancellationToken cancellationToken)
    {
        var location = await db.Locations.FirstOrDefaultAsync(l => l.Id == id, cancellationToken);
        if (location is null)
        {
            return ApiProblems.NotFound("Location", id);
        }

        if (Preconditions.CheckIfMatch(httpRequest, location.Version) is { } failed)
        {
            return failed;
        }

        var employees = await db.Employees.CountAsync(e => e.LocationId == id, cancellationToken);
        if (employees > 0)
        {
            return ApiProblems.Conflict($"{location.Name} still has {employees} employee(s).", "Move its employees to another location first.");
        }

        db.Locations.Remove(location);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>Whether <paramref name="timeZoneId"/> is an IANA time zone this machine knows (Windows ids are refused).</summary>
    public static bool IsIanaTimeZone(string? timeZoneId)
    {
        if (string.IsNullOrWhiteSpace(timeZoneId))
        {
            return false;
        }

        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(timeZoneId).HasIanaId;
        }
        catch (TimeZoneNotFoundException)
        {
            return false;
        }
        catch (InvalidTimeZoneException)
        {
            return false;
        }
    }

    private static async Task<ValidationProblem?> ValidateAsync(HrDbContext db, LocationRequest request, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        errors.Require(!string.IsNullOrWhiteSpace(request.Name) && request.Name.Trim().Length <= Location.NameMaxLength, "name",
            $"name is required and at most {Location.NameMaxLength} characters.");
        errors.Require(IsIanaTimeZone(request.TimeZoneId?.Trim()), "timeZoneId", $"'{request.TimeZoneId}' is not an IANA time zone (e.g. Europe/Berlin, America/New_York, UTC).");
        errors.Require(request.Address is null || request.Address.Length <= Employee.AddressMaxLength, "address", $"address must be at most {Employee.AddressMaxLength} characters.");
        if (request.HolidayCalendarId is { } calendar && !await db.HolidayCalendars.AnyAsync(c => c.Id == calendar, cancellationToken))
        {
            errors.Add("holidayCalendarId", $"No holiday calendar has id '{calendar}'.");
        }

        return errors.Any ? errors.ToProblem() : null;
    }

    private static async Task<ProblemHttpResult?> NameTakenAsync(HrDbContext db, Guid id, string name, CancellationToken cancellationToken)
    {
        var trimmed = name.Trim();
        return await db.Locations.AnyAsync(l => l.Id != id && l.Name == trimmed, cancellationToken)
            ? ApiProblems.Conflict($"A location named '{trimmed}' already exists.", "Location names are unique (imports find locations by name).")
            : null;
    }

    private static void Apply(LocationRequest request, Location location)
    {
        location.Name = request.Name.Trim();
        location.TimeZoneId = request.TimeZoneId.Trim();
        location.HolidayCalendarId = request.HolidayCalendarId;
        location.Address = string.IsNullOrWhiteSpace(request.Address) ? null : request.Address.Trim();
    }
}
