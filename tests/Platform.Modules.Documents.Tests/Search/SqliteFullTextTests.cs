using Microsoft.Data.Sqlite;
using Platform.Modules.Documents.Features.Search;

namespace Platform.Modules.Documents.Tests.Search;

/// <summary>
/// The SQLite index schema and the FTS5 expressions written from user input, against a real SQLite: hostile input is
/// never a syntax error, the triggers keep the index in step with the entries, and name hits outrank content hits.
/// </summary>
public sealed class SqliteFullTextTests : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public SqliteFullTextTests()
    {
        _connection.Open();
        Execute("""
            CREATE TABLE search_entries ("Id" INTEGER NOT NULL CONSTRAINT "PK_search_entries" PRIMARY KEY AUTOINCREMENT,
                "DocumentId" TEXT NOT NULL, "Name" TEXT NOT NULL, "Tags" TEXT NOT NULL, "Metadata" TEXT NOT NULL,
                "Path" TEXT NOT NULL, "Body" TEXT NOT NULL);
            """);
        Execute(SearchIndexSchema.SqliteUp);
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
        Assert.True(Match(FullTextSyntax.Fts5NameAny(query)) >= 0);
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

        Execute($"UPDATE search_entries SET \"Name\" = 'Renamed.pdf' WHERE \"Id\" = {id}");
        Assert.Equal(0, Match(Fts5("quarterly")));
        Assert.Equal(1, Match(Fts5("renamed")));

        Execute($"DELETE FROM search_entries WHERE \"Id\" = {id}");
        Assert.Equal(0, Match(Fts5("revenue")));
    }

    [Fact]
    public void A_name_hit_outranks_a_document_that_repeats_the_word_in_its_content()
    {
        var inBody = Insert("notes.txt", string.Join(' ', Enumerable.Repeat("invoice", 200)), "");
        var inName = Insert("Invoice 17 for a very long customer name with many words.pdf", "payment due", "");

        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT rowid FROM search_fts WHERE search_fts MATCH $q ORDER BY bm25(search_fts, 100.0, 20.0, 20.0, 5.0, 1.0)";
        command.Parameters.AddWithValue("$q", Fts5("invoice"));
        Assert.Equal(inName, (long)command.ExecuteScalar()!);
        Assert.NotEqual(inName, inBody);
    }

    private static string Fts5(string text)
    {
        Assert.True(SearchQuery.TryParse(text, out var query, out var error), error);
        return FullTextSyntax.Fts5(query);
    }

    private long Insert(string name, string body, string path)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = """
            INSERT INTO search_entries ("DocumentId", "Name", "Tags", "Metadata", "Path", "Body") VALUES ($id, $name, '', '', $path, $body);
            SELECT last_insert_rowid();
            """;
        command.Parameters.AddWithValue("$id", Guid.NewGuid().ToString());
        command.Parameters.AddWithValue("$name", name);
        command.Parameters.AddWithValue("$path", path);
        command.Parameters.AddWithValue("$body", body);
        return (long)command.ExecuteScalar()!;
    }

    private long Match(string expression)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM search_fts WHERE search_fts MATCH $q";
        command.Parameters.AddWithValue("$q", expression);
        return (long)command.ExecuteScalar()!;
    }

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
