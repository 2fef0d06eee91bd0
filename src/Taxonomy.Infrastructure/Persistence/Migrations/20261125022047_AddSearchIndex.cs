using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Taxonomy.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AddSearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // EF Core does not create virtual tables (the model excludes this one from migrations).
            // unicode61 with remove_diacritics 2 matches regardless of letter case and accents.
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "search_index" USING fts5(
                    "Type" UNINDEXED,
                    "Id" UNINDEXED,
                    "Name",
                    "Body",
                    tokenize = 'unicode61 remove_diacritics 2'
                );
                """);

            // Indexes what an existing database holds, as SearchEntry.Of would; written out here so
            // that this migration keeps doing what it did when the code changes.
            migrationBuilder.Sql("""
                INSERT INTO "search_index" ("Type", "Id", "Name", "Body")
                SELECT 'frameworks', "Id", "Name", "Summary" FROM "frameworks"
                UNION ALL SELECT 'phases', "Id", "Name", "Summary" FROM "phases"
                UNION ALL SELECT 'tactics', "Id", "Name", "Summary" FROM "tactics"
                UNION ALL SELECT 'techniques', "Id", "Name", "Summary" FROM "techniques"
                UNION ALL SELECT 'tasks', "Id", "Name", "Summary" FROM "tasks"
                UNION ALL SELECT 'incidents', "Id", "Name", nullif(concat_ws(char(10), "Summary", "Notes", "AttributionsSeen", "FoundInCountry"), '') FROM "incidents"
                UNION ALL SELECT 'incident-techniques', "Id", NULL, "Description" FROM "incident_techniques"
                UNION ALL SELECT 'associated-techniques', "Id", NULL, "Description" FROM "associated_techniques"
                UNION ALL SELECT 'counters', "Id", "Name", nullif(concat_ws(char(10), "Summary", "Notes"), '') FROM "counters"
                UNION ALL SELECT 'detections', "Id", "Name", nullif(concat_ws(char(10), "Summary", "Notes"), '') FROM "detections"
                UNION ALL SELECT 'metatechniques', "Id", "Name", "Summary" FROM "metatechniques"
                UNION ALL SELECT 'response-types', "Id", "Name", "Summary" FROM "response_types"
                UNION ALL SELECT 'actor-types', "Id", "Name", "Summary" FROM "actor_types"
                UNION ALL SELECT 'resources', "Id", "Name", "Summary" FROM "resources"
                UNION ALL SELECT 'sectors', "Id", "Name", "Summary" FROM "sectors"
                UNION ALL SELECT 'playbooks', "Id", "Name", "Summary" FROM "playbooks";
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TABLE "search_index";""");
        }
    }
}
