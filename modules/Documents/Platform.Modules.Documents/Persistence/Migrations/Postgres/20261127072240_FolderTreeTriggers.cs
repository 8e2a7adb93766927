using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Modules.Documents.Persistence.Migrations.Postgres
{
    /// <summary>
    /// Triggers that give the folder tree a new stamp (Domain/FolderTreeRevision) with every change to folders or access
    /// entries, in the changing transaction, whoever makes it: the module, a script or an operator in the database. The
    /// module stamped its own changes before; a change made outside it was not seen by running hosts until the next.
    /// </summary>
    public partial class FolderTreeTriggers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Statement triggers: a bulk change (or a cascade from a deleted folder) stamps once.
            migrationBuilder.Sql("""
                CREATE FUNCTION documents.stamp_folder_tree() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    UPDATE documents.folder_tree_revision SET "Stamp" = gen_random_uuid();
                    RETURN NULL;
                END $$;
                CREATE TRIGGER folders_stamp_tree AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON documents.folders
                    FOR EACH STATEMENT EXECUTE FUNCTION documents.stamp_folder_tree();
                CREATE TRIGGER folder_grants_stamp_tree AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON documents.folder_grants
                    FOR EACH STATEMENT EXECUTE FUNCTION documents.stamp_folder_tree();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS folder_grants_stamp_tree ON documents.folder_grants;
                DROP TRIGGER IF EXISTS folders_stamp_tree ON documents.folders;
                DROP FUNCTION IF EXISTS documents.stamp_folder_tree();
                """);
        }
    }
}
