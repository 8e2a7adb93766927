using System.Net;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using Platform.Host.Tests.Documents.Uploads;
using Platform.Host.Tests.Hr.Directory;
using Platform.Host.Tests.Infrastructure;
using Platform.Sdk.Security;

namespace Platform.Host.Tests.Documents.Locks;

/// <summary>Check-out locks: the holder alone uploads, others get 423 or 409 naming them, managers override, locks lapse.</summary>
public sealed class CheckOutLockTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Only_the_holder_uploads_while_a_lock_lasts_an_administrator_may_break_it_and_a_lapsed_lock_is_free(string provider)
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var documents = new DocumentsTestHost(provider, time: time);
        var (anaId, ana) = await documents.UserAsync("ana", BuiltInRoles.Manager);
        var (benId, ben) = await documents.UserAsync("ben", BuiltInRoles.Manager);
        var (_, root) = await documents.UserAsync("root", BuiltInRoles.Administrator);
        var folder = await DocumentsTestHost.CreateFolderAsync(ana, await DocumentsTestHost.CompanyRootAsync(ana), "Budgets");
        var id = (await DocumentsTestHost.UploadAsync(ana, folder, "Budget.xlsx", Encoding.UTF8.GetBytes("v1"))).GetProperty("id").GetGuid();
        var lockUrl = $"/api/documents/documents/{id}/lock";

        var invalid = await ana.PostJsonAsync(lockUrl, new { durationHours = 0 }, HttpStatusCode.BadRequest);
        Assert.NotEmpty(invalid.FieldErrors("durationHours"));
        var taken = await ana.PostJsonAsync(lockUrl, new { durationHours = 2 }, HttpStatusCode.OK);
        Assert.Equal(anaId, taken.GetProperty("lockedBy").GetGuid());
        Assert.Equal("ana", taken.GetProperty("lockedByName").GetString());
        Assert.Equal(time.GetUtcNow().AddHours(2), taken.GetProperty("expiresAt").GetDateTimeOffset());
        Assert.Equal(anaId, (await ben.GetJsonAsync($"/api/documents/documents/{id}")).GetProperty("lock").GetProperty("heldBy").GetGuid());

        // Everyone else's uploads, resumable or plain, and restores are 423 naming the holder; their lock attempts 409.
        var blocked = await (await TusClient.CreateAsync(ben, 2, ("documentId", id))).ReadJsonAsync(HttpStatusCode.Locked);
        Assert.Equal("ana", blocked.GetProperty("lockedByName").GetString());
        await DocumentsTestHost.UploadVersionAsync(ben, id, Encoding.UTF8.GetBytes("v2"), HttpStatusCode.Locked);
        await ben.PostJsonAsync($"/api/documents/documents/{id}/versions/1/restore", new { }, HttpStatusCode.Locked);
        var conflict = await ben.PostJsonAsync(lockUrl, new { }, HttpStatusCode.Conflict);
        Assert.Contains("ana", conflict.GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await ben.DeleteAsync(lockUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ben.DeleteAsync(lockUrl + "?force=true")).StatusCode);

        // The holder uploads; relocking extends the lock from now.
        await DocumentsTestHost.UploadVersionAsync(ana, id, Encoding.UTF8.GetBytes("v2"));
        time.Advance(TimeSpan.FromHours(1));
        var extended = await ana.PostJsonAsync(lockUrl, new { durationHours = 3 }, HttpStatusCode.OK);
        Assert.Equal(time.GetUtcNow().AddHours(3), extended.GetProperty("expiresAt").GetDateTimeOffset());

        // A tus upload started by ben before ana took the lock is stopped at its next PATCH.
        Assert.Equal(HttpStatusCode.NoContent, (await root.DeleteAsync(lockUrl + "?force=true")).StatusCode);
        var benUpload = await TusClient.StartAsync(ben, 4, ("documentId", id));
        await ana.PostJsonAsync(lockUrl, new { }, HttpStatusCode.OK);
        await (await TusClient.PatchAsync(ben, benUpload, 0, Encoding.UTF8.GetBytes("v3!!"))).ReadJsonAsync(HttpStatusCode.Locked);

        // A lapsed lock counts as free: ben takes it without anyone checking ana's lock in.
        time.Advance(TimeSpan.FromHours(9));
        Assert.Equal(benId, (await ben.PostJsonAsync(lockUrl, new { }, HttpStatusCode.OK)).GetProperty("lockedBy").GetGuid());
        Assert.Equal(id, await TusClient.FinishAsync(ben, benUpload, 0, Encoding.UTF8.GetBytes("v3!!")));
        Assert.Equal(HttpStatusCode.NoContent, (await ben.DeleteAsync(lockUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await ben.DeleteAsync(lockUrl)).StatusCode);
        Assert.Equal("Null", (await ana.GetJsonAsync($"/api/documents/documents/{id}")).GetProperty("lock").ValueKind.ToString());

        // A client acting on its own has no one to name as the holder; readers may not lock.
        var client = await documents.AdministratorAsync();
        await client.PostJsonAsync(lockUrl, new { }, HttpStatusCode.Forbidden);
        var (_, erin) = await documents.UserAsync("erin");
        await erin.PostJsonAsync(lockUrl, new { }, HttpStatusCode.Forbidden);
    }
}
