using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Modules.Documents.Persistence.Migrations.Sqlite
{
    /// <summary>
    /// Folder words in the full-text index (see Features/Search/SearchScope): search entries get a Scope column, filled
    /// here from the folder tree, and the FTS5 table is created again with it (FTS5 tables cannot gain a column).
    /// </summary>
    public partial class SearchScope : Migration
    {
        private const string DropFullText = """
            DROP TRIGGER IF EXISTS search_entries_au;
            DROP TRIGGER IF EXISTS search_entries_ad;
            DROP TRIGGER IF EXISTS search_entries_ai;
            DROP TABLE IF EXISTS search_fts;
            """;

        // Each folder's words: its own and those of every folder above it, computed once for all folders.
        private const string FillScope = """
            CREATE TEMP TABLE folder_scope AS
                WITH RECURSIVE chain(FolderId, AncestorId) AS (
                    SELECT "Id", "Id" FROM folders
                    UNION
                    SELECT chain.FolderId, folders."ParentId" FROM chain JOIN folders ON folders."Id" = chain.AncestorId
                    WHERE folders."ParentId" IS NOT NULL)
                SELECT FolderId, group_concat('s' || lower(replace(AncestorId, '-', '')), ' ') AS Scope FROM chain GROUP BY FolderId;
            UPDATE search_entries SET "Scope" = COALESCE((
                SELECT folder_scope.Scope FROM documents JOIN folder_scope ON folder_scope.FolderId = documents."FolderId"
                WHERE documents."Id" = search_entries."DocumentId"), '');
            DROP TABLE folder_scope;
            """;

        private const string CreateFullText = """
            CREATE VIRTUAL TABLE search_fts USING fts5(
                Name, Tags, Metadata, Path, Body, Scope,
                content='search_entries', content_rowid='Id',
                tokenize='unicode61 remove_diacritics 0', prefix='2 3');
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
            INSERT INTO search_fts(search_fts) VALUES ('rebuild');
            """;

        // The table and triggers as the Initial migration made them.
        private const string CreateFullTextWithoutScope = """
            CREATE VIRTUAL TABLE search_fts USING fts5(
                Name, Tags, Metadata, Path, Body,
                content='search_entries', content_rowid='Id',
                tokenize='unicode61 remove_diacritics 0', prefix='2 3');
            CREATE TRIGGER search_entries_ai AFTER INSERT ON search_entries BEGIN
                INSERT INTO search_fts(rowid, Name, Tags, Metadata, Path, Body) VALUES (new.Id, new.Name, new.Tags, new.Metadata, new.Path, new.Body);
            END;
            CREATE TRIGGER search_entries_ad AFTER DELETE ON search_entries BEGIN
                INSERT INTO search_fts(search_fts, rowid, Name, Tags, Metadata, Path, Body) VALUES ('delete', old.Id, old.Name, old.Tags, old.Metadata, old.Path, old.Body);
            END;
            CREATE TRIGGER search_entries_au AFTER UPDATE OF Name, Tags, Metadata, Path, Body ON search_entries BEGIN
                INSERT INTO search_fts(search_fts, rowid, Name, Tags, Metadata, Path, Body) VALUES ('delete', old.Id, old.Name, old.Tags, old.Metadata, old.Path, old.Body);
                INSERT INTO search_fts(rowid, Name, Tags, Metadata, Path, Body) VALUES (new.Id, new.Name, new.Tags, new.Metadata, new.Path, new.Body);
            END;
            INSERT INTO search_fts(search_fts) VALUES ('rebuild');
            """;

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(DropFullText);
            migrationBuilder.AddColumn<string>(
                name: "Scope",
                table: "search_entries",
                type: "TEXT",
                nullable: false,
                defaultValue: "");
            migrationBuilder.Sql(FillScope);
            migrationBuilder.Sql(CreateFullText);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(DropFullText);
            migrationBuilder.DropColumn(
                name: "Scope",
                table: "search_entries");
            migrationBuilder.Sql(CreateFullTextWithoutScope);
        }
    }
}
