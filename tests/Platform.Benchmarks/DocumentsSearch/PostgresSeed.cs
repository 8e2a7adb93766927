using Npgsql;
using NpgsqlTypes;

namespace Platform.Benchmarks.DocumentsSearch;

/// <summary>
/// The corpus's documents and search entries written into PostgreSQL with binary COPY (the generated tsvector columns
/// and the GIN index are filled by the database as the rows arrive), then ANALYZE so the planner knows the tables.
/// </summary>
internal static class PostgresSeed
{
    public static async Task CopyDocumentsAsync(NpgsqlConnection connection, SearchSeed.SeedRows rows)
    {
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await connection.OpenAsync();
        }

        // The rows are made as they are read: the entries are written from those kept during the first pass.
        var entries = new List<SearchSeed.SeedRow>();
        await using (var documents = await connection.BeginBinaryImportAsync("""
            COPY documents.documents ("Id", "FolderId", "Name", "NameKey", "ContentType", "Length", "Hash", "CurrentVersionId",
                "CurrentVersionNumber", "CreatedAt", "CreatedBy", "UpdatedAt", "Version") FROM STDIN (FORMAT BINARY)
            """))
        {
            foreach (var row in rows)
            {
                await documents.StartRowAsync();
                await documents.WriteAsync(row.Id, NpgsqlDbType.Uuid);
                await documents.WriteAsync(row.FolderId, NpgsqlDbType.Uuid);
                await documents.WriteAsync(row.Name, NpgsqlDbType.Varchar);
                await documents.WriteAsync(row.Name.ToUpperInvariant(), NpgsqlDbType.Varchar);
                await documents.WriteAsync("application/pdf", NpgsqlDbType.Varchar);
                await documents.WriteAsync((long)row.Body.Length, NpgsqlDbType.Bigint);
                await documents.WriteAsync(row.Hash, NpgsqlDbType.Varchar);
                await documents.WriteAsync(row.VersionId, NpgsqlDbType.Uuid);
                await documents.WriteAsync(1, NpgsqlDbType.Integer);
                await documents.WriteAsync(row.At, NpgsqlDbType.TimestampTz);
                await documents.WriteAsync(row.AuthorId, NpgsqlDbType.Uuid);
                await documents.WriteAsync(row.At, NpgsqlDbType.TimestampTz);
                await documents.WriteAsync(1L, NpgsqlDbType.Bigint);
                entries.Add(row);
            }

            await documents.CompleteAsync();
        }

        await using (var search = await connection.BeginBinaryImportAsync("""
            COPY documents.search_entries ("DocumentId", "Name", "Tags", "Metadata", "Path", "Body", "Scope", "ContentHash", "Extraction", "IndexedAt")
            FROM STDIN (FORMAT BINARY)
            """))
        {
            foreach (var row in entries)
            {
                await search.StartRowAsync();
                await search.WriteAsync(row.Id, NpgsqlDbType.Uuid);
                await search.WriteAsync(row.Name, NpgsqlDbType.Varchar);
                await search.WriteAsync(row.Tags, NpgsqlDbType.Text);
                await search.WriteAsync(row.Metadata, NpgsqlDbType.Text);
                await search.WriteAsync(row.Path, NpgsqlDbType.Text);
                await search.WriteAsync(row.Body, NpgsqlDbType.Text);
                await search.WriteAsync(row.Scope, NpgsqlDbType.Text);
                await search.WriteAsync(row.Hash, NpgsqlDbType.Varchar);
                await search.WriteAsync("Text", NpgsqlDbType.Varchar);
                await search.WriteAsync(row.At, NpgsqlDbType.TimestampTz);
            }

            await search.CompleteAsync();
        }

        await using var analyze = new NpgsqlCommand("ANALYZE documents.documents; ANALYZE documents.search_entries; ANALYZE documents.folders;", connection);
        await analyze.ExecuteNonQueryAsync();
    }
}
