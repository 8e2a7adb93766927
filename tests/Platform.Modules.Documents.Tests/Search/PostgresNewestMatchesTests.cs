using Microsoft.EntityFrameworkCore;
using Npgsql;
using Platform.Modules.Documents.Domain;
using Platform.Modules.Documents.Features.Search;
using Platform.Modules.Documents.Persistence;

namespace Platform.Modules.Documents.Tests.Search;

/// <summary>
/// PostgreSQL's way to the newest matches (probe, then the index or a walk) against a real server, over more entries
/// than the probe reads: whichever way a query takes, the search keeps exactly the newest matching entries of live
/// documents in readable folders, in order, and one more than the window when there are more. The expected hits are
/// worked out from how the entries were made. Runs when PLATFORM_TEST_POSTGRES names a server (.ci/run provides one).
/// </summary>
public sealed class PostgresNewestMatchesTests : IAsyncLifetime
{
    private const int Documents = 3_000;
    private const int Window = 100;

    private string? _admin;
    private string? _database;
    private DbContextOptions<DocumentsPostgresDbContext>? _options;
    private Guid _readableA;
    private Guid _readableB;
    private Guid _hidden;

    public async ValueTask InitializeAsync()
    {
        _admin = Environment.GetEnvironmentVariable("PLATFORM_TEST_POSTGRES");
        if (string.IsNullOrWhiteSpace(_admin))
        {
            return;
        }

        _database = $"platform_test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(_admin))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{_database}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        var connectionString = new NpgsqlConnectionStringBuilder(_admin) { Database = _database }.ConnectionString;
        _options = new DbContextOptionsBuilder<DocumentsPostgresDbContext>().UseNpgsql(connectionString).Options;
        await SeedAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_database is null)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_admin);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    // Document i (1 = oldest): folder A, B or the hidden one by i % 3; in the recycle bin when i % 50 == 0; its text
    // holds "common" always, "alpha beta" when i % 5 == 0 ("beta alpha" otherwise), "tenth" when i % 10 == 3, and "rare"
    // and "gamma delta" when i % 97 == 0; its name holds "report" when i % 10 == 0.
    private static bool Deleted(int i) => i % 50 == 0;

    private bool Readable(int i) => i % 3 != 2;

    [Theory]
    [InlineData("common")] // every entry matches: the probe alone fills the window
    [InlineData("\"alpha beta\"")] // a phrase in a fifth of the entries: always walked
    [InlineData("tenth")] // 1 in 10: the probe holds too few, the walk goes on below it
    [InlineData("rare")] // 1 in 97, all but a few older than the probe: from the index
    [InlineData("\"gamma delta\"")] // a rare phrase: walked to the oldest entry
    [InlineData("common -rare")] // an excluded term
    public async Task Keeps_the_newest_matches_of_readable_live_documents_whichever_way_the_query_takes(string text)
    {
        var found = await FindAsync(text, within: [], nameOnly: false);

        Assert.Equal(Expected(Matches(text)), found);
    }

    [Fact]
    public async Task Folder_words_narrow_the_search_to_a_folder()
    {
        var found = await FindAsync("common", within: [_readableA], nameOnly: false);

        Assert.Equal(Expected(i => i % 3 == 0), found);
    }

    [Fact]
    public async Task Name_hits_need_every_term_in_the_name_and_no_excluded_term_anywhere()
    {
        Assert.Equal(Expected(i => i % 10 == 0), await FindAsync("report", within: [], nameOnly: true));
        Assert.Equal(Expected(i => i % 10 == 0 && i % 97 != 0), await FindAsync("report -rare", within: [], nameOnly: true));
        Assert.Empty(await FindAsync("report common", within: [], nameOnly: true));
    }

    private static Func<int, bool> Matches(string text) => text switch
    {
        "common" => _ => true,
        "\"alpha beta\"" => i => i % 5 == 0,
        "tenth" => i => i % 10 == 3,
        "rare" or "\"gamma delta\"" => i => i % 97 == 0,
        "common -rare" => i => i % 97 != 0,
        _ => throw new ArgumentOutOfRangeException(nameof(text)),
    };

    // The documents (newest first) a search keeps: matching, live, readable; the window and one more.
    private List<int> Expected(Func<int, bool> matches) =>
        [.. Enumerable.Range(1, Documents).Reverse().Where(i => matches(i) && !Deleted(i) && Readable(i)).Take(Window + 1)];

    private async Task<List<int>> FindAsync(string text, IReadOnlyCollection<Guid> within, bool nameOnly)
    {
        if (_options is null)
        {
            Assert.Skip("PLATFORM_TEST_POSTGRES is not set; these tests need a PostgreSQL server (.ci/run provides one).");
        }

        Assert.True(SearchQuery.TryParse(text, out var query, out var error), error);
        await using var db = new DocumentsPostgresDbContext(_options);
        var live = db.Documents.AsNoTracking().Where(d => d.DeletedAt == null);
        var found = await PostgresNewestMatches.FindAsync(db, query, within, nameOnly, live, new HashSet<Guid> { _readableA, _readableB }, Window,
            TestContext.Current.CancellationToken);
        var numbers = await db.Documents.AsNoTracking().Select(d => new { d.Id, d.Name }).ToDictionaryAsync(d => d.Id, d => d.Name, TestContext.Current.CancellationToken);
        return [.. found.Select(c => int.Parse(numbers[c.DocumentId].Split(' ')[1].Split('.')[0], System.Globalization.CultureInfo.InvariantCulture))];
    }

    private async Task SeedAsync()
    {
        await using var db = new DocumentsPostgresDbContext(_options!);
        await db.Database.MigrateAsync();
        var now = DateTimeOffset.UtcNow;
        var space = new Space { Id = Guid.CreateVersion7(), Kind = SpaceKind.Company, Name = "Company", CreatedAt = now };
        var root = new Folder { Id = Guid.CreateVersion7(), SpaceId = space.Id, Name = "Company", NameKey = "COMPANY", CreatedAt = now, UpdatedAt = now };
        space.RootFolderId = root.Id;
        Folder Child(string name) => new() { Id = Guid.CreateVersion7(), SpaceId = space.Id, ParentId = root.Id, Name = name, NameKey = name.ToUpperInvariant(), CreatedAt = now, UpdatedAt = now };
        var folders = new[] { Child("A"), Child("B"), Child("Hidden") };
        (_readableA, _readableB, _hidden) = (folders[0].Id, folders[1].Id, folders[2].Id);
        db.Spaces.Add(space);
        db.Folders.AddRange([root, .. folders]);
        await db.SaveChangesAsync();

        // Made in the database, oldest first, so that entry ids grow with i as they do with time.
        await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO documents.documents ("Id", "FolderId", "Name", "NameKey", "ContentType", "Length", "Hash", "CurrentVersionId",
                "CurrentVersionNumber", "CreatedAt", "UpdatedAt", "DeletedAt", "Version")
            SELECT gen_random_uuid(), (ARRAY[{0}, {1}, {2}]::uuid[])[i % 3 + 1], n, upper(n), 'text/plain', 10, md5(i::text),
                   gen_random_uuid(), 1, now(), now() + i * interval '1 second', CASE WHEN i % 50 = 0 THEN now() END, 1
            FROM generate_series(1, {3}) AS i,
                 LATERAL (SELECT CASE WHEN i % 10 = 0 THEN 'Report ' ELSE 'Doc ' END || i || '.txt' AS n) AS name(n)
            ORDER BY i;
            INSERT INTO documents.search_entries ("DocumentId", "Name", "Tags", "Metadata", "Path", "Body", "Scope", "ContentHash", "Extraction", "IndexedAt")
            SELECT d."Id", d."Name", '', '', 'Company', 
                   'common ' || CASE WHEN i % 5 = 0 THEN 'alpha beta' ELSE 'beta alpha' END || CASE WHEN i % 10 = 3 THEN ' tenth' ELSE '' END || CASE WHEN i % 97 = 0 THEN ' rare gamma delta' ELSE '' END,
                   {4} || ' s' || replace(d."FolderId"::text, '-', ''), d."Hash", 'Text', now()
            FROM documents.documents AS d, LATERAL (SELECT split_part(split_part(d."Name", ' ', 2), '.', 1)::int AS i) AS number
            ORDER BY i;
            ANALYZE documents.search_entries;
            """, _readableA, _readableB, _hidden, Documents, SearchScope.Token(root.Id));
    }
}
