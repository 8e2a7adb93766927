using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Modules.Documents.Persistence.Migrations.Sqlite
{
    /// <summary>
    /// A second FTS5 table over the entries' names and folder words only (<c>search_names_fts</c>), for the hits whose
    /// name holds the searched words. Why: in the main table a word's list covers every column, so finding the few
    /// entries with a phrase or a common word in the name meant walking every entry with the words anywhere (20 ms and
    /// more at 100,000 documents); the names' own lists are short. The entries' triggers now keep both tables.
    /// </summary>
    public partial class SearchNames : Migration
    {
        private const string DropTriggers = """
            DROP TRIGGER IF EXISTS search_entries_au;
            DROP TRIGGER IF EXISTS search_entries_ad;
            DROP TRIGGER IF EXISTS search_entries_ai;
            """;

        private const string CreateNames = """
            CREATE VIRTUAL TABLE search_names_fts USING fts5(
                Name, Scope,
                content='search_entries', content_rowid='Id',
                tokenize='unicode61 remove_diacritics 0', prefix='2 3');
            CREATE TRIGGER search_entries_ai AFTER INSERT ON search_entries BEGIN
                INSERT INTO search_fts(rowid, Name, Tags, Metadata, Path, Body, Scope) VALUES (new.Id, new.Name, new.Tags, new.Metadata, new.Path, new.Body, new.Scope);
                INSERT INTO search_names_fts(rowid, Name, Scope) VALUES (new.Id, new.Name, new.Scope);
            END;
            CREATE TRIGGER search_entries_ad AFTER DELETE ON search_entries BEGIN
                INSERT INTO search_fts(search_fts, rowid, Name, Tags, Metadata, Path, Body, Scope) VALUES ('delete', old.Id, old.Name, old.Tags, old.Metadata, old.Path, old.Body, old.Scope);
                INSERT INTO search_names_fts(search_names_fts, rowid, Name, Scope) VALUES ('delete', old.Id, old.Name, old.Scope);
            END;
            CREATE TRIGGER search_entries_au AFTER UPDATE OF Name, Tags, Metadata, Path, Body, Scope ON search_entries BEGIN
                INSERT INTO search_fts(search_fts, rowid, Name, Tags, Metadata, Path, Body, Scope) VALUES ('delete', old.Id, old.Name, old.Tags, old.Metadata, old.Path, old.Body, old.Scope);
                INSERT INTO search_fts(rowid, Name, Tags, Metadata, Path, Body, Scope) VALUES (new.Id, new.Name, new.Tags, new.Metadata, new.Path, new.Body, new.Scope);
                INSERT INTO search_names_fts(search_names_fts, rowid, Name, Scope) VALUES ('delete', old.Id, old.Name, old.Scope);
                INSERT INTO search_names_fts(rowid, Name, Scope) VALUES (new.Id, new.Name, new.Scope);
            END;
            INSERT INTO search_names_fts(search_names_fts) VALUES ('rebuild');
            """;

        // The triggers as the SearchScope migration made them.
        private const string CreateTriggersWithoutNames = """
            DROP TABLE search_names_fts;
            CREATE TRIGGER search_entries_ai AFTER INSERT ON search_entries BEGIN
                INSERT INTO search_fts(rowid, Name, Tags, Metadata, Path, Body, Scope) VALUES (new.Id, new.Name, new.Tags, new.Metadata, new.Path, new.Body, new.Scope);
            END;
            CREATE TRIGGER search_entries_ad AFTER DELETE ON search_entries BEGIN
                INSERT INTO search_fts(search_fts, rowid, Name, Tags, Metadata, Path, Body, Scope) VALUES ('delete', old.Id, old.Name, old.Tags, old.Metadata, old.Path, old.Body, old.Scope);
            END;
            CREATE TRIGGER search_entries_au AFTER UPDATE OF Name, Tags, Metadata, Path, Body, Scope ON search_entries BEGIN
                INSERT INTO search_fts(search_fts, rowid, Name, Tags, Metadata, Path, Body, Scope) VALUES ('delete', old.Id, old.Name, old.Tags, old.Metadata, old.Path, old.Body, old.Scope);
                INSERT INTO search_fts(rowid, Name, Tags, Metadata, Path, Body, Scope) VALUES (new.Id, new.Name, new.Tags, new.Metadata, new.Path, new.Body, new.Scope);
            END;
            """;

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(DropTriggers);
            migrationBuilder.Sql(CreateNames);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(DropTriggers);
            migrationBuilder.Sql(CreateTriggersWithoutNames);
        }
    }
}
