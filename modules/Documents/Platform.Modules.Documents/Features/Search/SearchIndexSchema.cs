namespace Platform.Modules.Documents.Features.Search;

/// <summary>
/// The full-text structures each database keeps over <c>search_entries</c>, created by the module's migrations with
/// raw SQL (EF Core has no model for them). They are maintained by the database itself, in the same transaction as the
/// entry's row: an SQLite FTS5 table fed by triggers (external content, so the text is stored once), and on PostgreSQL
/// two generated tsvector columns with a GIN index. SQL Server has none (its full-text catalogs cannot be created inside
/// a migration's transaction); searches there fall back to LIKE.
/// </summary>
internal static class SearchIndexSchema
{
    // unicode61 splits on everything but letters and digits, like SearchQuery.WordsOf; diacritics are kept so SQLite
    // and PostgreSQL ('simple' configuration, no unaccent) match the same words. Prefix indexes make "bud*" cheap.
    public const string SqliteUp = """
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

    public const string SqliteDown = """
        DROP TRIGGER IF EXISTS search_entries_au;
        DROP TRIGGER IF EXISTS search_entries_ad;
        DROP TRIGGER IF EXISTS search_entries_ai;
        DROP TABLE IF EXISTS search_fts;
        """;

    // ASCII punctuation becomes a space before parsing: PostgreSQL's parser would otherwise keep "budget.pdf" or
    // "a/b" as one token, which a search for "budget" misses. The class is spelled out so no locale changes it.
    // Weights: name A, tags and metadata B, folder path C, content D (ts_rank_cd weighs them).
    public const string PostgresUp = """
        ALTER TABLE documents.search_entries ADD COLUMN "NameVector" tsvector
            GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, regexp_replace("Name", '[!-/:-@[-`{-~]+', ' ', 'g'))) STORED;
        ALTER TABLE documents.search_entries ADD COLUMN "SearchVector" tsvector
            GENERATED ALWAYS AS (
                setweight(to_tsvector('simple'::regconfig, regexp_replace("Name", '[!-/:-@[-`{-~]+', ' ', 'g')), 'A')
                || setweight(to_tsvector('simple'::regconfig, regexp_replace("Tags" || ' ' || "Metadata", '[!-/:-@[-`{-~]+', ' ', 'g')), 'B')
                || setweight(to_tsvector('simple'::regconfig, regexp_replace("Path", '[!-/:-@[-`{-~]+', ' ', 'g')), 'C')
                || setweight(to_tsvector('simple'::regconfig, regexp_replace("Body", '[!-/:-@[-`{-~]+', ' ', 'g')), 'D')) STORED;
        CREATE INDEX "IX_search_entries_SearchVector" ON documents.search_entries USING GIN ("SearchVector");
        """;

    public const string PostgresDown = """
        DROP INDEX IF EXISTS documents."IX_search_entries_SearchVector";
        ALTER TABLE documents.search_entries DROP COLUMN IF EXISTS "SearchVector";
        ALTER TABLE documents.search_entries DROP COLUMN IF EXISTS "NameVector";
        """;
}
