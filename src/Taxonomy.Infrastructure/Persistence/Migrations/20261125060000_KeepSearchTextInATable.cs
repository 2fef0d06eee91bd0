using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Taxonomy.Infrastructure.Persistence.Migrations
{
    /// <summary>
    /// Moves the searchable text out of the FTS5 table into search_entries, which the FTS5 table
    /// now indexes as its external content, kept in step by triggers. An FTS5 table cannot index its
    /// unindexed columns, so finding one object's entry by type and id read every entry (618,000 at
    /// 100 times DISARM's size) on each write; search_entries has an index for it.
    /// </summary>
    public partial class KeepSearchTextInATable : Migration
    {
        private const string Fts5Columns = """
            "Type" UNINDEXED,
            "Id" UNINDEXED,
            "Name",
            "Body",
            """;

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "search_entries",
                columns: table => new
                {
                    RowId = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Type = table.Column<string>(type: "TEXT", nullable: false),
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: true),
                    Body = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_search_entries", x => x.RowId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_search_entries_Type_Id",
                table: "search_entries",
                columns: new[] { "Type", "Id" });

            // Same rowids, so the entries keep their order among equal scores.
            migrationBuilder.Sql("""
                INSERT INTO "search_entries" ("RowId", "Type", "Id", "Name", "Body")
                SELECT "rowid", "Type", "Id", "Name", "Body" FROM "search_index";
                """);
            migrationBuilder.Sql("""DROP TABLE "search_index";""");
            migrationBuilder.Sql($"""
                CREATE VIRTUAL TABLE "search_index" USING fts5(
                    {Fts5Columns}
                    content = 'search_entries',
                    content_rowid = 'RowId',
                    tokenize = 'unicode61 remove_diacritics 2'
                );
                """);
            migrationBuilder.Sql("""INSERT INTO "search_index" ("search_index") VALUES ('rebuild');""");

            // FTS5's 'delete' command needs the text the entry was indexed with: the old row's.
            migrationBuilder.Sql("""
                CREATE TRIGGER "search_entries_after_insert" AFTER INSERT ON "search_entries" BEGIN
                    INSERT INTO "search_index" ("rowid", "Type", "Id", "Name", "Body") VALUES (new."RowId", new."Type", new."Id", new."Name", new."Body");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "search_entries_after_delete" AFTER DELETE ON "search_entries" BEGIN
                    INSERT INTO "search_index" ("search_index", "rowid", "Type", "Id", "Name", "Body") VALUES ('delete', old."RowId", old."Type", old."Id", old."Name", old."Body");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "search_entries_after_update" AFTER UPDATE ON "search_entries" BEGIN
                    INSERT INTO "search_index" ("search_index", "rowid", "Type", "Id", "Name", "Body") VALUES ('delete', old."RowId", old."Type", old."Id", old."Name", old."Body");
                    INSERT INTO "search_index" ("rowid", "Type", "Id", "Name", "Body") VALUES (new."RowId", new."Type", new."Id", new."Name", new."Body");
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER "search_entries_after_insert";""");
            migrationBuilder.Sql("""DROP TRIGGER "search_entries_after_delete";""");
            migrationBuilder.Sql("""DROP TRIGGER "search_entries_after_update";""");
            migrationBuilder.Sql("""DROP TABLE "search_index";""");
            migrationBuilder.Sql($"""
                CREATE VIRTUAL TABLE "search_index" USING fts5(
                    {Fts5Columns}
                    tokenize = 'unicode61 remove_diacritics 2'
                );
                """);
            migrationBuilder.Sql("""
                INSERT INTO "search_index" ("rowid", "Type", "Id", "Name", "Body")
                SELECT "RowId", "Type", "Id", "Name", "Body" FROM "search_entries";
                """);
            migrationBuilder.DropTable(name: "search_entries");
        }
    }
}
