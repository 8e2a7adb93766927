using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Hr.Domain;
using Platform.Modules.Hr.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Hr.Features.Directory.Employees;

/// <summary>An employee's photo: the request body is the image itself; its type is read from its bytes.</summary>
internal static class EmployeePhotos
{
    public static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> Put(
        Guid id, HttpRequest request, HrDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        if (!await db.Employees.AnyAsync(e => e.Id == id && e.ErasedAt == null, cancellationToken))
        {
            return ApiProblems.NotFound("Employee", id);
        }

        var content = await ReadLimitedAsync(request.Body, EmployeePhoto.MaxBytes, cancellationToken);
        if (content is null)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status413PayloadTooLarge, title: "The photo is too large.", detail: $"Photos may be at most {EmployeePhoto.MaxBytes} bytes.");
        }

        var contentType = PhotoFormat.Sniff(content);
        if (content.Length == 0 || contentType is null)
        {
            return new ValidationErrors().Add("photo", "The body must be a JPEG, PNG, WebP or GIF image.").ToProblem();
        }

        var photo = await db.EmployeePhotos.FirstOrDefaultAsync(p => p.EmployeeId == id, cancellationToken);
        if (photo is null)
        {
            photo = new EmployeePhoto { EmployeeId = id };
            db.EmployeePhotos.Add(photo);
        }

        photo.Content = content;
        photo.ContentType = contentType;
        photo.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Get(Guid id, HrDbContext db, CancellationToken cancellationToken)
    {
        var photo = await db.EmployeePhotos.AsNoTracking().FirstOrDefaultAsync(p => p.EmployeeId == id, cancellationToken);
        return photo is null
            ? ApiProblems.NotFound("Photo", id)
            : TypedResults.File(photo.Content, photo.ContentType, lastModified: photo.UpdatedAt);
    }

    public static async Task<Results<NoContent, ProblemHttpResult>> Delete(Guid id, HrDbContext db, CancellationToken cancellationToken)
    {
        var photo = await db.EmployeePhotos.FirstOrDefaultAsync(p => p.EmployeeId == id, cancellationToken);
        if (photo is null)
        {
            return ApiProblems.NotFound("Photo", id);
        }

        db.EmployeePhotos.Remove(photo);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    /// <summary>The whole body, or null as soon as it passes <paramref name="limit"/> bytes (the rest is never read).</summary>
    public static async Task<byte[]?> ReadLimitedAsync(Stream body, int limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
