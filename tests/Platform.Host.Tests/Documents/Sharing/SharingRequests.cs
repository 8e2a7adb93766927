using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Npgsql;
using Platform.Host.Tests.Hr.Directory;
using Platform.Host.Tests.Infrastructure;

namespace Platform.Host.Tests.Documents.Sharing;

/// <summary>Requests the sharing tests make again and again: people in departments, a folder's access, a share link.</summary>
internal static class SharingRequests
{
    /// <summary>A signed-in employee recorded in HR in <paramref name="department"/>.</summary>
    public static async Task<(Guid UserId, HttpClient Client)> EmployeeAsync(this DocumentsTestHost documents, HttpClient admin, string name, string number, Guid department)
    {
        var (userId, client) = await documents.UserAsync(name);
        await admin.CreateAsync("/api/hr/employees", new { employeeNumber = number, firstName = name, lastName = "Test", startDate = "2024-01-01", departmentId = department, userId });
        return (userId, client);
    }

    /// <summary>Replaces a folder's access with the ETag just read; returns the new access view.</summary>
    public static Task<JsonElement> SetAccessAsync(this HttpClient client, Guid folderId, bool inheritsAccess, params object[] entries) =>
        client.PutCurrentAsync($"/api/documents/folders/{folderId}/access", new { inheritsAccess, entries });

    public static object Entry(string principalKind, string level, Guid? principalId = null, string? roleName = null) =>
        new { principalKind, principalId, roleName, level };

    /// <summary>Creates a share link and returns its JSON (link, token, url) and its ETag.</summary>
    public static async Task<(JsonElement Secret, string ETag)> ShareAsync(this HttpClient client, string itemUrl, object? body = null)
    {
        var response = await client.PostAsJsonAsync($"{itemUrl}/share-links", body ?? new { });
        var secret = await response.ReadJsonAsync(HttpStatusCode.Created);
        return (secret, response.Headers.ETag!.Tag);
    }

    public static HttpRequestMessage Shared(string token, string suffix = "", string? password = null, string? range = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, $"/api/documents/shared/{token}{suffix}");
        if (password is not null)
        {
            request.Headers.Add("X-Share-Password", password);
        }

        if (range is not null)
        {
            request.Headers.Add("Range", range);
        }

        return request;
    }

    /// <summary>
    /// Puts a folder or document in the recycle bin, or takes it out, in the database itself, as the recycle bin's own
    /// endpoints do (they belong to another area of the module and are exercised by its tests). Nothing else is needed for
    /// running requests to see a folder's change: the database's triggers give the folder tree a new stamp.
    /// </summary>
    public static async Task SetDeletedAsync(this DocumentsTestHost documents, string table, Guid id, bool deleted)
    {
        var now = DateTimeOffset.UtcNow;
        if (documents.Database.Provider == "postgres")
        {
            await using var connection = new NpgsqlConnection(documents.Database.ConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"UPDATE documents.{table} SET \"DeletedAt\" = @at WHERE \"Id\" = @id", connection);
            command.Parameters.AddWithValue("at", deleted ? now : DBNull.Value);
            command.Parameters.AddWithValue("id", id);
            Assert.Equal(1, await command.ExecuteNonQueryAsync());
            return;
        }

        await using (var sqlite = new SqliteConnection($"Data Source={Path.Combine(documents.DataPath, "documents.db")};Pooling=False"))
        {
            await sqlite.OpenAsync();
            await using var command = sqlite.CreateCommand();
            command.CommandText = $"UPDATE {table} SET DeletedAt = $at WHERE upper(Id) = upper($id)";
            // The module stores UTC timestamps in EF Core's binary form on SQLite (ticks / 1000, shifted past the offset bits).
            command.Parameters.AddWithValue("$at", deleted ? (now.UtcTicks / 1000) << 11 : DBNull.Value);
            command.Parameters.AddWithValue("$id", id.ToString());
            Assert.Equal(1, await command.ExecuteNonQueryAsync());
        }
    }
}
