using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Taxonomy.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class IndexStixVersionPositions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_versions_Id_Stix",
                table: "versions",
                column: "Id",
                filter: "\"Type\" <> 'references'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_versions_Id_Stix",
                table: "versions");
        }
    }
}
