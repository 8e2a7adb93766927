using System.Diagnostics;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Npgsql;
using Platform.Modules.Documents.Domain;
using Platform.Modules.Documents.Features.Search;
using Platform.Modules.Documents.Persistence;

namespace Platform.Benchmarks.DocumentsSearch;

/// <summary>What the seed made: the folder the filtered queries look in, and the user whose access is limited.</summary>
internal sealed record SearchCorpus(Guid UserId, Guid DepartmentFolderId, int Folders, int ReadableFolders, Guid SampleDocumentId, string SamplePhrase, SyntheticText Text);

/// <summary>
/// A company space of 40 department folders with 50 sub-folders each; a user who may read 32 of the departments
/// (about 1,600 folders: the permission filter has many ids); the documents spread over the sub-folders, each with
/// its search entry (name, tags, metadata, path and 60 to 300 words of content), written in bulk in one transaction
/// as the indexer would leave them. The FTS5 table is filled by the schema's own triggers.
/// </summary>
internal static class SearchSeed
{
    private const int Departments = 40;
    private const int SubFolders = 50;
    private const int ReadableDepartments = 32;
    private const int Vocabulary = 5_000;
    private const int Seed = 42;
    private static readonly string[] Extensions = [".pdf", ".docx", ".xlsx", ".md", ".txt"];

    public static async Task<SearchCorpus> SeedAsync(DocumentsDbContext db, int documents)
    {
        var clock = Stopwatch.StartNew();
        await db.Database.MigrateAsync();
        var text = new SyntheticText(Vocabulary, Seed);
        var now = DateTimeOffset.UtcNow;
        var userId = Guid.CreateVersion7();
        var space = new Space { Id = Guid.CreateVersion7(), Kind = SpaceKind.Company, Name = "Company", CreatedAt = now };
        var root = new Folder { Id = Guid.CreateVersion7(), SpaceId = space.Id, Name = "Company", NameKey = "COMPANY", CreatedAt = now, UpdatedAt = now };
        space.RootFolderId = root.Id;
        db.Spaces.Add(space);
        db.Folders.Add(root);
        var leaves = new List<(Guid Id, string Path, string Scope)>();
        Guid firstDepartment = default;
        for (var d = 0; d < Departments; d++)
        {
            var name = $"Department {d:00} {text.Words[100 + d]}";
            var department = new Folder { Id = Guid.CreateVersion7(), SpaceId = space.Id, ParentId = root.Id, Name = name, NameKey = name.ToUpperInvariant(), CreatedAt = now, UpdatedAt = now };
            // Departments decide their own access: only the grants below open them.
            department.InheritsAccess = false;
            db.Folders.Add(department);
            firstDepartment = d == 0 ? department.Id : firstDepartment;
            if (d < ReadableDepartments)
            {
                db.Grants.Add(new FolderGrant { Id = Guid.CreateVersion7(), FolderId = department.Id, PrincipalKind = PrincipalKind.Person, PrincipalId = userId, Level = AccessLevel.Read, CreatedAt = now });
            }

            for (var s = 0; s < SubFolders; s++)
            {
                var subName = $"{text.Words[200 + s]} {s:00}";
                var sub = new Folder { Id = Guid.CreateVersion7(), SpaceId = space.Id, ParentId = department.Id, Name = subName, NameKey = subName.ToUpperInvariant(), CreatedAt = now, UpdatedAt = now };
                db.Folders.Add(sub);
                leaves.Add((sub.Id, $"Company / {name} / {subName}", SearchScope.Of([root.Id, department.Id, sub.Id])));
            }
        }

        await db.SaveChangesAsync();
        // Drawn from the text in a fixed order, so both databases get the same corpus.
        var rows = new SeedRows(text, leaves, documents, now);
        if (db.Database.IsSqlite())
        {
            await InsertDocumentsAsync((SqliteConnection)db.Database.GetDbConnection(), rows);
        }
        else
        {
            await PostgresSeed.CopyDocumentsAsync((NpgsqlConnection)db.Database.GetDbConnection(), rows);
        }

        var (sampleId, phrase) = rows.Sample;
        Console.WriteLine($"seeded {documents} documents with their search entries in {leaves.Count + Departments + 1} folders in {clock.Elapsed.TotalSeconds:F1} s");
        return new SearchCorpus(userId, firstDepartment, leaves.Count + Departments + 1, ReadableDepartments * (SubFolders + 1), sampleId, phrase, text);
    }

    /// <summary>The corpus of a database kept by an earlier run (see --keep), or null when there is none.</summary>
    public static SearchCorpus? Load(string file)
    {
        var saved = file + ".corpus.json";
        if (!File.Exists(file) || !File.Exists(saved))
        {
            return null;
        }

        // The vocabulary comes from the fixed seed, so it is made again rather than stored.
        var corpus = JsonSerializer.Deserialize<SavedCorpus>(File.ReadAllText(saved))!;
        Console.WriteLine($"using the database kept in {file}");
        return new SearchCorpus(corpus.UserId, corpus.DepartmentFolderId, corpus.Folders, corpus.ReadableFolders, corpus.SampleDocumentId, corpus.SamplePhrase,
            new SyntheticText(Vocabulary, Seed));
    }

    /// <summary>Keeps what <see cref="Load"/> needs beside the database.</summary>
    public static void Save(string file, SearchCorpus corpus) => File.WriteAllText(file + ".corpus.json", JsonSerializer.Serialize(
        new SavedCorpus(corpus.UserId, corpus.DepartmentFolderId, corpus.Folders, corpus.ReadableFolders, corpus.SampleDocumentId, corpus.SamplePhrase)));

    private static async Task InsertDocumentsAsync(SqliteConnection connection, SeedRows rows)
    {
        var binary = new DateTimeOffsetToBinaryConverter();
        await connection.OpenAsync();
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        await using var document = connection.CreateCommand();
        document.Transaction = transaction;
        document.CommandText = """
            INSERT INTO documents (Id, FolderId, Name, NameKey, ContentType, Length, Hash, CurrentVersionId, CurrentVersionNumber, CreatedAt, CreatedBy, UpdatedAt, Version)
            VALUES ($id, $folder, $name, $key, $type, $length, $hash, $version, 1, $at, $by, $at, 1)
            """;
        await using var entry = connection.CreateCommand();
        entry.Transaction = transaction;
        entry.CommandText = """
            INSERT INTO search_entries (DocumentId, Name, Tags, Metadata, Path, Body, Scope, ContentHash, Extraction, IndexedAt)
            VALUES ($id, $name, $tags, $metadata, $path, $body, $scope, $hash, 'Text', $at)
            """;
        foreach (var name in (string[])["$id", "$folder", "$name", "$key", "$type", "$length", "$hash", "$version", "$at", "$by"])
        {
            document.Parameters.Add(new SqliteParameter(name, null));
        }

        foreach (var name in (string[])["$id", "$name", "$tags", "$metadata", "$path", "$body", "$scope", "$hash", "$at"])
        {
            entry.Parameters.Add(new SqliteParameter(name, null));
        }

        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var at = (long)binary.ConvertToProvider(row.At)!;
            Set(document, Text(row.Id), Text(row.FolderId), row.Name, row.Name.ToUpperInvariant(), "application/pdf", row.Body.Length, row.Hash,
                Text(row.VersionId), at, Text(row.AuthorId));
            await document.ExecuteNonQueryAsync();
            Set(entry, Text(row.Id), row.Name, row.Tags, row.Metadata, row.Path, row.Body, row.Scope, row.Hash, at);
            await entry.ExecuteNonQueryAsync();
            words.UnionWith(SearchWords.Of(row.Name, row.Tags, row.Metadata, row.Path, row.Body));
        }

        await using var vocabulary = connection.CreateCommand();
        vocabulary.Transaction = transaction;
        vocabulary.CommandText = """INSERT OR IGNORE INTO search_words ("Word") SELECT value FROM json_each($words)""";
        vocabulary.Parameters.AddWithValue("$words", JsonSerializer.Serialize(words));
        await vocabulary.ExecuteNonQueryAsync();
        await transaction.CommitAsync();

        // One transaction of 100,000 rows leaves them all in the write-ahead log; a running database has long since
        // moved such writes into the main file (SQLite checkpoints every 1,000 pages), so the search is timed on that.
        await using var checkpoint = connection.CreateCommand();
        checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
        await checkpoint.ExecuteNonQueryAsync();
    }

    private static string Text(Guid id) => id.ToString().ToUpperInvariant();

    private static void Set(SqliteCommand command, params object[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i];
        }
    }

    /// <summary>One document of the corpus and its search entry.</summary>
    internal sealed record SeedRow(Guid Id, Guid FolderId, string Name, string Body, string Tags, string Metadata, string Path, string Scope, string Hash, DateTimeOffset At, Guid AuthorId, Guid VersionId);

    /// <summary>The corpus's rows, made as they are read (once); the sample phrase is known once the middle row was read.</summary>
    internal sealed class SeedRows(SyntheticText text, List<(Guid Id, string Path, string Scope)> folders, int count, DateTimeOffset now) : IEnumerable<SeedRow>
    {
        public (Guid Id, string Phrase) Sample { get; private set; }

        public IEnumerator<SeedRow> GetEnumerator()
        {
            var authors = Enumerable.Range(0, 50).Select(_ => Guid.CreateVersion7()).ToArray();
            for (var i = 0; i < count; i++)
            {
                var id = Guid.CreateVersion7();
                var (folderId, path, scope) = folders[text.Random.Next(folders.Count)];
                var name = $"{text.NextWord()} {text.NextWord()} {text.NextWord()} {i}{Extensions[i % Extensions.Length]}";
                var body = text.Sentence(text.Random.Next(60, 300));
                var hash = Convert.ToHexStringLower(id.ToByteArray()).PadRight(64, '0');
                var (tags, metadata) = ($"{text.NextWord()} {text.NextWord()}", $"project {text.NextWord()}");
                if (i == count / 2)
                {
                    var bodyWords = body.Split(' ', '.').Where(w => w.Length > 0).ToArray();
                    Sample = (id, $"{bodyWords[10]} {bodyWords[11]}");
                }

                yield return new SeedRow(id, folderId, name, body, tags, metadata, path, scope, hash, now.AddMinutes(-i), authors[i % authors.Length], Guid.CreateVersion7());
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    private sealed record SavedCorpus(Guid UserId, Guid DepartmentFolderId, int Folders, int ReadableFolders, Guid SampleDocumentId, string SamplePhrase);
}
