using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Platform.Modules.Documents.Domain;
using Platform.Modules.Documents.Features.Search;
using Platform.Modules.Documents.Persistence;

namespace Platform.Modules.Documents.Tests.Search;

/// <summary>
/// The SQLite index schema (made by the module's own migrations) and the FTS5 expressions written from user input,
/// against a real SQLite: hostile input is never a syntax error, the triggers keep the index in step with the entries,
/// name hits outrank content hits, and folder words narrow a search without ever matching a searched word.
/// </summary>
public sealed class SqliteFullTextTests : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public SqliteFullTextTests()
    {
        _connection.Open();
        Migrate();
    }

    private DocumentsSqliteDbContext Context() =>
        new(new DbContextOptionsBuilder<DocumentsSqliteDbContext>().UseSqlite(_connection).Options);

    private void Migrate(string? target = null)
    {
        using var db = Context();
        db.GetService<IMigrator>().Migrate(target);
    }

    public void Dispose() => _connection.Dispose();

    [Theory]
    [InlineData("\"a")]
    [InlineData("a AND OR NOT")]
    [InlineData("NEAR(a b, 3)")]
    [InlineData("{Name}: x")]
    [InlineData("* ^ : ( ) + - ' ` \\")]
    [InlineData("a -\"b c\" \"d\" e*")]
    [InlineData("Name:budget Body:")]
    public void Any_text_a_user_types_is_valid_fts5_syntax(string text)
    {
        Insert("budget.pdf", "the a b c d e x", "");
        if (!SearchQuery.TryParse(text, out var query, out _))
        {
            return; // refused with a 400 before any SQL
        }

        Assert.True(Match(FullTextSyntax.Fts5(query)) >= 0);
        Assert.True(MatchNames(FullTextSyntax.Fts5Names(query)) >= 0);
        Assert.True(MatchNames(FullTextSyntax.Fts5Within(query, [Guid.NewGuid(), Guid.NewGuid()], nameOnly: true)) >= 0);
        Assert.True(FullTextSyntax.Fts5Excluded(query) is not { } excluded || Match(excluded) >= 0);
    }

    [Fact]
    public void Entries_are_found_by_words_prefixes_and_phrases_and_updates_and_deletes_reach_the_index()
    {
        var id = Insert("Quarterly-report_2026.pdf", "Revenue grew in the northern region", "Finance / Reports");

        Assert.Equal(1, Match(Fts5("report")));
        Assert.Equal(1, Match(Fts5("quart")));
        Assert.Equal(1, Match(Fts5("\"northern region\"")));
        Assert.Equal(0, Match(Fts5("\"region northern\"")));
        Assert.Equal(1, Match(Fts5("finance revenue")));
        Assert.Equal(0, Match(Fts5("revenue -northern")));

        Execute(_connection, $"UPDATE search_entries SET \"Name\" = 'Renamed.pdf' WHERE \"Id\" = {id}");
        Assert.Equal(0, Match(Fts5("quarterly")));
        Assert.Equal(1, Match(Fts5("renamed")));

        Execute(_connection, $"DELETE FROM search_entries WHERE \"Id\" = {id}");
        Assert.Equal(0, Match(Fts5("revenue")));
    }

    [Fact]
    public void The_table_of_names_holds_names_only_and_follows_renames_and_deletes()
    {
        var id = Insert("Quarterly report.pdf", "budget figures", "Finance");

        Assert.Equal(1, MatchNames(Names("quarterly rep")));
        Assert.Equal(0, MatchNames(Names("budget")));
        Assert.Equal(0, MatchNames(Names("quarterly budget")));

        Execute(_connection, $"UPDATE search_entries SET \"Name\" = 'Budget.pdf' WHERE \"Id\" = {id}");
        Assert.Equal(0, MatchNames(Names("quarterly")));
        Assert.Equal(1, MatchNames(Names("budget")));

        Execute(_connection, $"DELETE FROM search_entries WHERE \"Id\" = {id}");
        Assert.Equal(0, MatchNames(Names("budget")));
    }

    [Fact]
    public async Task Saved_entries_record_their_words_and_a_prefix_is_searched_as_the_whole_words_it_begins()
    {
        await using (var db = Context())
        {
            db.SearchEntries.Add(new SearchEntry { DocumentId = Guid.NewGuid(), Name = "Quarterly report.pdf", Body = "Quarters and quartz", Path = "Finance" });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        await using (var db = Context())
        {
            var query = await SearchWords.ExpandAsync(db, Parse("finance quart"), TestContext.Current.CancellationToken);
            Assert.Equal(["quarterly", "quarters", "quartz"], query.Terms[^1].Completions);
            Assert.Equal(1, Match(FullTextSyntax.Fts5(query)));

            // Two and three letters are read from FTS5's prefix indexes; a prefix no word begins stays as typed.
            Assert.Null((await SearchWords.ExpandAsync(db, Parse("qua"), TestContext.Current.CancellationToken)).Terms[^1].Completions);
            Assert.Null((await SearchWords.ExpandAsync(db, Parse("zzzz"), TestContext.Current.CancellationToken)).Terms[^1].Completions);
        }
    }

    [Fact]
    public async Task A_prefix_that_begins_too_many_words_stays_a_prefix()
    {
        await using (var db = Context())
        {
            var body = string.Join(' ', Enumerable.Range(0, SearchWords.MaxCompletions + 1).Select(i => $"plan{i:000}"));
            db.SearchEntries.Add(new SearchEntry { DocumentId = Guid.NewGuid(), Name = "plans.txt", Body = body });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        await using (var check = Context())
        {
            var query = await SearchWords.ExpandAsync(check, Parse("plan0"), TestContext.Current.CancellationToken);
            Assert.Null(query.Terms[^1].Completions);
            Assert.Equal(1, Match(FullTextSyntax.Fts5(query)));
        }
    }

    [Fact]
    public void A_name_hit_outranks_a_document_that_repeats_the_word_in_its_content()
    {
        var inBody = Insert("notes.txt", string.Join(' ', Enumerable.Repeat("invoice", 200)), "");
        var inName = Insert("Invoice 17 for a very long customer name with many words.pdf", "payment due", "");

        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT rowid FROM search_fts WHERE search_fts MATCH $q ORDER BY bm25(search_fts, 100.0, 20.0, 20.0, 5.0, 1.0, 0.0)";
        command.Parameters.AddWithValue("$q", Fts5("invoice"));
        Assert.Equal(inName, (long)command.ExecuteScalar()!);
        Assert.NotEqual(inName, inBody);
    }

    [Fact]
    public void Folder_words_narrow_a_search_to_a_folder_and_those_below_and_never_match_a_searched_word()
    {
        Guid company = Guid.NewGuid(), finance = Guid.NewGuid(), sales = Guid.NewGuid();
        var inFinance = Insert("budget.xlsx", "budget for the year", "Company / Finance", SearchScope.Of([company, finance]));
        var inSales = Insert("budget.pptx", "budget pitch", "Company / Sales", SearchScope.Of([company, sales]));

        Assert.Equal([inFinance, inSales], Rowids(Within("budget", [company])));
        Assert.Equal([inFinance], Rowids(Within("budget", [finance])));
        Assert.Equal([inFinance, inSales], Rowids(Within("budget", [finance, sales])));
        Assert.Empty(Rowids(Within("pitch", [finance])));
        Assert.Equal([inSales], Rowids(Within("budget pitch", [])));

        // A folder's word is in the index, but no search for it finds anything.
        Assert.Equal(0, Match(Fts5(SearchScope.Token(finance))));
        Assert.Equal(0, Match(Fts5(SearchScope.Token(finance)[..4])));
    }

    [Fact]
    public void Upgrading_an_index_without_folder_words_fills_them_from_the_folder_tree()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using (var db = new DocumentsSqliteDbContext(new DbContextOptionsBuilder<DocumentsSqliteDbContext>().UseSqlite(connection).Options))
        {
            db.GetService<IMigrator>().Migrate("Initial");
        }

        Guid space = Guid.NewGuid(), root = Guid.NewGuid(), child = Guid.NewGuid(), document = Guid.NewGuid();
        Execute(connection, $"""
            PRAGMA foreign_keys = OFF;
            INSERT INTO spaces ("Id", "Kind", "Name", "RootFolderId", "CreatedAt", "Version") VALUES ('{Upper(space)}', 'Company', 'Company', '{Upper(root)}', 0, 1);
            INSERT INTO folders ("Id", "SpaceId", "ParentId", "Name", "NameKey", "InheritsAccess", "CreatedAt", "UpdatedAt", "Version")
                VALUES ('{Upper(root)}', '{Upper(space)}', NULL, 'Company', 'COMPANY', 1, 0, 0, 1),
                       ('{Upper(child)}', '{Upper(space)}', '{Upper(root)}', 'Finance', 'FINANCE', 1, 0, 0, 1);
            INSERT INTO documents ("Id", "FolderId", "Name", "NameKey", "ContentType", "Length", "Hash", "CurrentVersionId", "CurrentVersionNumber", "CreatedAt", "UpdatedAt", "Version")
                VALUES ('{Upper(document)}', '{Upper(child)}', 'budget.xlsx', 'BUDGET.XLSX', 'text/plain', 1, 'h', '{Upper(Guid.NewGuid())}', 1, 0, 0, 1);
            INSERT INTO search_entries ("DocumentId", "Name", "Tags", "Metadata", "Path", "Body", "ContentHash", "Extraction", "IndexedAt")
                VALUES ('{Upper(document)}', 'budget.xlsx', '', '', 'Company / Finance', 'budget', 'h', 'Text', 0);
            """);

        using (var db = new DocumentsSqliteDbContext(new DbContextOptionsBuilder<DocumentsSqliteDbContext>().UseSqlite(connection).Options))
        {
            db.GetService<IMigrator>().Migrate();
            var scope = db.SearchEntries.Single().Scope.Split(' ').Order().ToArray();
            Assert.Equal(new[] { SearchScope.Token(root), SearchScope.Token(child) }.Order().ToArray(), scope);

            // The later migrations fill the table of words (without folder words) and the table of names from the index.
            Assert.Equal(["budget", "company", "finance", "xlsx"], db.Database.SqlQuery<string>($"SELECT \"Word\" AS \"Value\" FROM search_words ORDER BY 1").ToList());
            Assert.Equal(1, db.Database.SqlQuery<long>($"SELECT count(*) AS \"Value\" FROM search_names_fts WHERE search_names_fts MATCH 'budget'").Single());
        }

        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM search_fts WHERE search_fts MATCH $q";
        Assert.True(SearchQuery.TryParse("budget", out var query, out _));
        command.Parameters.AddWithValue("$q", FullTextSyntax.Fts5Within(query, [child], nameOnly: false));
        Assert.Equal(1L, (long)command.ExecuteScalar()!);
    }

    private static string Upper(Guid id) => id.ToString().ToUpperInvariant();

    private static string Within(string text, Guid[] folders)
    {
        Assert.True(SearchQuery.TryParse(text, out var query, out var error), error);
        return FullTextSyntax.Fts5Within(query, folders, nameOnly: false);
    }

    private List<long> Rowids(string expression)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT rowid FROM search_fts WHERE search_fts MATCH $q ORDER BY rowid";
        command.Parameters.AddWithValue("$q", expression);
        using var reader = command.ExecuteReader();
        var rowids = new List<long>();
        while (reader.Read())
        {
            rowids.Add(reader.GetInt64(0));
        }

        return rowids;
    }

    private static SearchQuery Parse(string text)
    {
        Assert.True(SearchQuery.TryParse(text, out var query, out var error), error);
        return query;
    }

    private static string Names(string text) => FullTextSyntax.Fts5Names(Parse(text));

    private long MatchNames(string expression)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM search_names_fts WHERE search_names_fts MATCH $q";
        command.Parameters.AddWithValue("$q", expression);
        return (long)command.ExecuteScalar()!;
    }

    private static string Fts5(string text)
    {
        Assert.True(SearchQuery.TryParse(text, out var query, out var error), error);
        return FullTextSyntax.Fts5(query);
    }

    private long Insert(string name, string body, string path, string scope = "")
    {
        using var command = _connection.CreateCommand();
        command.CommandText = """
            INSERT INTO search_entries ("DocumentId", "Name", "Tags", "Metadata", "Path", "Body", "Scope", "ContentHash", "Extraction", "IndexedAt")
            VALUES ($id, $name, '', '', $path, $body, $scope, '', 'Text', 0);
            SELECT last_insert_rowid();
            """;
        command.Parameters.AddWithValue("$id", Guid.NewGuid().ToString().ToUpperInvariant());
        command.Parameters.AddWithValue("$name", name);
        command.Parameters.AddWithValue("$path", path);
        command.Parameters.AddWithValue("$body", body);
        command.Parameters.AddWithValue("$scope", scope);
        return (long)command.ExecuteScalar()!;
    }

    private long Match(string expression)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM search_fts WHERE search_fts MATCH $q";
        command.Parameters.AddWithValue("$q", expression);
        return (long)command.ExecuteScalar()!;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
