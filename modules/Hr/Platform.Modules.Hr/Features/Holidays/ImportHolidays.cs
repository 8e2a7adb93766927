using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Hr.Domain;
using Platform.Modules.Hr.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Hr.Features.Holidays;

/// <summary>Imports an iCalendar file into a holiday calendar, all or nothing, in one SaveChanges.</summary>
internal static class ImportHolidays
{
    /// <summary>Largest file accepted: years of holidays fit in a few KiB.</summary>
    public const int MaxBytes = 512 * 1024;

    public static async Task<Results<Ok<HolidayImportResult>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid id, string? mode, HrDbContext db, TimeProvider time, HttpRequest request, CancellationToken cancellationToken)
    {
        var replace = string.Equals(mode, "replace", StringComparison.OrdinalIgnoreCase);
        if (!replace && mode is not null && !string.Equals(mode, "merge", StringComparison.OrdinalIgnoreCase))
        {
            return new ValidationErrors().Add("mode", "mode is merge (default) or replace.").ToProblem();
        }

        var calendar = await db.HolidayCalendars.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (calendar is null)
        {
            return ApiProblems.NotFound("Holiday calendar", id);
        }

        var text = await ReadBodyAsync(request, cancellationToken);
        if (text is null)
        {
            return new ValidationErrors().Add("file", $"The file is larger than {MaxBytes / 1024} KiB.").ToProblem();
        }

        var file = HolidayFileReader.Read(text);
        if (file.Error is not null)
        {
            return new ValidationErrors().Add("file", file.Error).ToProblem();
        }

        var existing = await db.Holidays.Where(h => h.CalendarId == id).ToListAsync(cancellationToken);
        var byDate = existing.ToDictionary(h => h.Date);
        var removed = 0;
        if (replace)
        {
            // Dates the file keeps are updated in place rather than deleted and inserted again (one holiday per date).
            var inFile = file.Holidays.Select(h => h.Date).ToHashSet();
            foreach (var gone in existing.Where(h => !inFile.Contains(h.Date)))
            {
                db.Holidays.Remove(gone);
                byDate.Remove(gone.Date);
                removed++;
            }
        }

        var now = time.GetUtcNow();
        int added = 0, updated = 0;
        foreach (var imported in file.Holidays)
        {
            if (byDate.TryGetValue(imported.Date, out var current))
            {
                if (current.Name != imported.Name || current.IsHalfDay)
                {
                    current.Name = imported.Name;
                    current.IsHalfDay = false;
                    updated++;
                }

                continue;
            }

            db.Holidays.Add(new Holiday { Id = Guid.CreateVersion7(now), CalendarId = id, Date = imported.Date, Name = imported.Name });
            added++;
        }

        HolidayCalendars.Touch(db, calendar, now);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(new HolidayImportResult(added, updated, removed, file.Skipped));
    }

    /// <summary>The body as text, or null when it is larger than <see cref="MaxBytes"/>.</summary>
    private static async Task<string?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
