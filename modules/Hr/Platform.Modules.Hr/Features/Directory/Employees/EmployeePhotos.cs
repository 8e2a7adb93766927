using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Platform.Modules.Hr.Domain;
using Platform.Modules.Hr.Events;
using Platform.Modules.Hr.Persistence;
using Platform.Sdk.Http;

namespace Platform.Modules.Hr.Features.Directory.Employees;

/// <summary>An employee's photo: the request body is the image itself; its type is read from its bytes.</summary>
internal static class EmployeePhotos
{
    /// <summary>The field name hr.employee-updated.v1 carries for a new or removed photo.</summary>
    public const string PhotoField = "photo";

    public static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> Put(
        Guid id, HttpRequest request, HrDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var employee = await db.Employees.FirstOrDefaultAsync(e => e.Id == id && e.ErasedAt == null, cancellationToken);
        if (employee is null)
        {
            return ApiProblems.NotFound("Employee", id);
        }

        var content = await LimitedBody.ReadAsync(request.Body, EmployeePhoto.MaxBytes, cancellationToken);
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
        db.PublishEvent(new EmployeeUpdated(employee.Id, employee.EmployeeNumber, employee.UserId, [PhotoField]));
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

        var employee = await db.Employees.AsNoTracking().FirstAsync(e => e.Id == id, cancellationToken);
        db.EmployeePhotos.Remove(photo);
        db.PublishEvent(new EmployeeUpdated(employee.Id, employee.EmployeeNumber, employee.UserId, [PhotoField]));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.NoContent();
    }
}
